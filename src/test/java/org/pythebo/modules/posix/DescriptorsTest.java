package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.posix.FilesTest.bytes;
import static org.pythebo.modules.posix.FilesTest.fails;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipes, duplication, fcntl/ioctl and the PEP 446 flags. */
class DescriptorsTest {
    /** ioctl request for the count of bytes waiting to be read. */
    private static final long FIONREAD = 0x541B;

    @Test
    void pipesCarryBytesAndStartNonInheritableWithOCloexec() {
        int[] pipe = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        try {
            assertFalse(Descriptors.getInheritable(pipe[0]));
            assertFalse(Descriptors.getInheritable(pipe[1]));
            assertEquals(5, Libc.write(pipe[1], "hello".getBytes(UTF_8)));
            byte[] waiting = new byte[4];
            assertEquals(0, Descriptors.ioctl(pipe[0], FIONREAD, waiting));
            assertEquals(5, ByteBuffer.wrap(waiting).order(ByteOrder.nativeOrder()).getInt());
            assertArrayEquals("hello".getBytes(UTF_8), Libc.read(pipe[0], 100));

            Descriptors.setInheritable(pipe[0], true);
            assertTrue(Descriptors.getInheritable(pipe[0]));
            Descriptors.setInheritable(pipe[0], false);
            assertFalse(Descriptors.getInheritable(pipe[0]));
        } finally {
            Libc.close(pipe[0]);
            Libc.close(pipe[1]);
        }
        int[] plain = Descriptors.pipe2(0);
        try {
            assertTrue(Descriptors.getInheritable(plain[0]));
        } finally {
            Libc.close(plain[0]);
            Libc.close(plain[1]);
        }
    }

    @Test
    void nonBlockingReadsFailWithEagain() {
        int[] pipe = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        try {
            assertTrue(Descriptors.getBlocking(pipe[0]));
            Descriptors.setBlocking(pipe[0], false);
            assertFalse(Descriptors.getBlocking(pipe[0]));
            assertEquals(PosixConstants.O_NONBLOCK,
                    Descriptors.fcntl(pipe[0], FcntlConstants.F_GETFL, 0) & PosixConstants.O_NONBLOCK);
            fails(ErrnoConstants.EAGAIN, () -> Libc.read(pipe[0], 1));
            Descriptors.setBlocking(pipe[0], true);
            assertTrue(Descriptors.getBlocking(pipe[0]));
            Libc.close(pipe[1]);
            assertEquals(0, Libc.read(pipe[0], 1).length, "end of file once the writer is gone");
        } finally {
            Libc.close(pipe[0]);
        }
    }

    @Test
    void duplicatesShareTheFileAndDifferInInheritance() {
        int[] pipe = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        int copy = Descriptors.dup(pipe[1]);
        int cloexecCopy = Descriptors.fcntl(pipe[1], FcntlConstants.F_DUPFD_CLOEXEC, 100);
        try {
            assertTrue(Descriptors.getInheritable(copy), "dup's copy is inheritable");
            assertFalse(Descriptors.getInheritable(cloexecCopy));
            assertTrue(cloexecCopy >= 100);
            assertEquals(cloexecCopy, Descriptors.dup2(copy, cloexecCopy));
            assertTrue(Descriptors.getInheritable(cloexecCopy), "dup2 clears FD_CLOEXEC");
            assertEquals(cloexecCopy, Descriptors.dup3(copy, cloexecCopy, PosixConstants.O_CLOEXEC));
            assertFalse(Descriptors.getInheritable(cloexecCopy));
            fails(ErrnoConstants.EINVAL, () -> Descriptors.dup3(copy, copy, PosixConstants.O_CLOEXEC));
            assertEquals(copy, Descriptors.dup2(copy, copy));
            Libc.write(copy, "a".getBytes(UTF_8));
            Libc.write(cloexecCopy, "b".getBytes(UTF_8));
            assertArrayEquals("ab".getBytes(UTF_8), Libc.read(pipe[0], 10));
        } finally {
            for (int fd : new int[] {pipe[0], pipe[1], copy, cloexecCopy}) {
                Libc.close(fd);
            }
        }
        fails(ErrnoConstants.EBADF, () -> Descriptors.dup(-1));
        fails(ErrnoConstants.EBADF, () -> Descriptors.fcntl(987654, FcntlConstants.F_GETFD, 0));
    }

    @Test
    void eventfdCountsWhatIsWritten() {
        int fd = Descriptors.eventfd(3, PosixConstants.EFD_CLOEXEC | PosixConstants.EFD_NONBLOCK);
        try {
            Libc.write(fd, ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(4).array());
            byte[] counter = Libc.read(fd, 8);
            assertEquals(7, ByteBuffer.wrap(counter).order(ByteOrder.nativeOrder()).getLong());
            fails(ErrnoConstants.EAGAIN, () -> Libc.read(fd, 8));
        } finally {
            Libc.close(fd);
        }
    }

    @Test
    void locksAreTakenAndReleased(@TempDir Path dir) {
        Path file = dir.resolve("lock");
        int fd = Libc.open(bytes(file), PosixConstants.O_RDWR | PosixConstants.O_CREAT, 0600);
        int other = Libc.open(bytes(file), PosixConstants.O_RDWR, 0);
        try {
            Descriptors.flock(fd, FcntlConstants.LOCK_EX);
            fails(ErrnoConstants.EWOULDBLOCK, () -> Descriptors.flock(other, FcntlConstants.LOCK_EX | FcntlConstants.LOCK_NB));
            Descriptors.flock(fd, FcntlConstants.LOCK_UN);
            Descriptors.flock(other, FcntlConstants.LOCK_SH | FcntlConstants.LOCK_NB);

            assertEquals(FcntlConstants.F_WRLCK,
                    Descriptors.fcntlLock(fd, FcntlConstants.F_SETLK, FcntlConstants.F_WRLCK, 0, 0, 10));
            assertEquals(FcntlConstants.F_UNLCK,
                    Descriptors.fcntlLock(fd, FcntlConstants.F_GETLK, FcntlConstants.F_WRLCK, 0, 0, 10),
                    "a process never conflicts with its own record locks");
            Descriptors.fcntlLock(fd, FcntlConstants.F_SETLK, FcntlConstants.F_UNLCK, 0, 0, 10);
        } finally {
            Libc.close(fd);
            Libc.close(other);
        }
    }

    @Test
    void fcntlWithABufferReturnsWhatTheCallLeftThere(@TempDir Path dir) {
        int fd = Libc.open(bytes(dir.resolve("locked")), PosixConstants.O_RDWR | PosixConstants.O_CREAT, 0600);
        try {
            // A struct flock asking whether a write lock on the whole file could be placed.
            ByteBuffer query = ByteBuffer.allocate(32).order(ByteOrder.nativeOrder());
            query.putShort(0, (short) FcntlConstants.F_WRLCK);
            byte[] answer = Descriptors.fcntl(fd, FcntlConstants.F_GETLK, query.array());
            assertEquals(32, answer.length);
            assertEquals(FcntlConstants.F_UNLCK, ByteBuffer.wrap(answer).order(ByteOrder.nativeOrder()).getShort(0));
            assertEquals(FcntlConstants.F_WRLCK, query.getShort(0), "the argument itself is left alone");
            assertThrows(IllegalArgumentException.class,
                    () -> Descriptors.fcntl(fd, FcntlConstants.F_GETLK, new byte[Descriptors.FCNTL_BUFFER_LIMIT + 1]));
            fails(ErrnoConstants.ENOTTY, () -> Terminals.getTerminalSize(fd));
        } finally {
            Libc.close(fd);
        }
    }
}
