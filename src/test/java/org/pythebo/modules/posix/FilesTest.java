package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.posix.Libc.AT_FDCWD;
import static org.pythebo.modules.posix.PosixConstants.O_CLOEXEC;
import static org.pythebo.modules.posix.PosixConstants.O_CREAT;
import static org.pythebo.modules.posix.PosixConstants.O_DIRECTORY;
import static org.pythebo.modules.posix.PosixConstants.O_EXCL;
import static org.pythebo.modules.posix.PosixConstants.O_RDONLY;
import static org.pythebo.modules.posix.PosixConstants.O_RDWR;
import static org.pythebo.modules.posix.PosixConstants.O_WRONLY;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and directories through the C library, checked against java.nio's view of them. */
class FilesTest {
    @TempDir
    Path dir;

    static byte[] bytes(Path path) {
        return path.toString().getBytes(UTF_8);
    }

    static PosixException fails(int errno, org.junit.jupiter.api.function.Executable call) {
        PosixException failure = assertThrows(PosixException.class, call);
        assertEquals(errno, failure.errno(), () -> "errno of " + failure.getMessage());
        return failure;
    }

    @Test
    void openWriteSeekReadAndPositionedIo() {
        Path file = dir.resolve("data");
        int fd = Libc.open(bytes(file), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        try {
            assertEquals(11, Libc.write(fd, "hello world".getBytes(UTF_8)));
            assertEquals(11, Libc.lseek(fd, 0, 1));
            assertEquals(0, Libc.lseek(fd, 0, 0));
            assertArrayEquals("hello".getBytes(UTF_8), Libc.read(fd, 5));
            byte[] buffer = new byte[10];
            assertEquals(6, Libc.read(fd, buffer, 2, 8));
            assertEquals(" world", new String(buffer, 2, 6, UTF_8));
            assertArrayEquals(new byte[0], Libc.read(fd, 5), "end of file");
            assertArrayEquals("world".getBytes(UTF_8), Libc.pread(fd, 100, 6));
            assertEquals(3, Libc.pwrite(fd, "WOR".getBytes(UTF_8), 6));
            assertEquals(11, Libc.lseek(fd, 0, 1), "pread and pwrite leave the offset alone");
            Libc.ftruncate(fd, 9);
            Libc.fsync(fd);
            Libc.fdatasync(fd);
        } finally {
            Libc.close(fd);
        }
        assertEquals("hello WOR", readString(file));
        Libc.truncate(bytes(file), 5);
        assertEquals("hello", readString(file));
        fails(ErrnoConstants.EEXIST, () -> Libc.open(bytes(file), O_WRONLY | O_CREAT | O_EXCL, 0600));
    }

    @Test
    void readvAndWritevCoverEveryBuffer() {
        Path file = dir.resolve("vector");
        int fd = Libc.open(bytes(file), O_RDWR | O_CREAT, 0600);
        try {
            assertEquals(9, Libc.writev(fd, new byte[][] {"abc".getBytes(UTF_8), new byte[0], "defghi".getBytes(UTF_8)}));
            Libc.lseek(fd, 0, 0);
            byte[][] buffers = {new byte[2], new byte[4], new byte[8]};
            assertEquals(9, Libc.readv(fd, buffers));
            assertEquals("ab", new String(buffers[0], UTF_8));
            assertEquals("cdef", new String(buffers[1], UTF_8));
            assertEquals("ghi", new String(buffers[2], 0, 3, UTF_8));
        } finally {
            Libc.close(fd);
        }
    }

    @Test
    void statHasEveryFieldJavaSees() throws IOException {
        Path file = dir.resolve("stat-me");
        Files.write(file, new byte[12345]);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_600_000_000L, 123_456_789)));
        FileStat stat = Libc.stat(bytes(file));
        Map<String, Object> unix = Files.readAttributes(file, "unix:*", LinkOption.NOFOLLOW_LINKS);
        assertEquals(12345, stat.size());
        assertEquals(unix.get("mode"), stat.mode());
        assertEquals(unix.get("ino"), stat.ino());
        assertEquals(unix.get("dev"), stat.dev());
        assertEquals(unix.get("rdev"), stat.rdev());
        assertEquals(((Integer) unix.get("nlink")).longValue(), stat.nlink());
        assertEquals(unix.get("uid"), stat.uid());
        assertEquals(unix.get("gid"), stat.gid());
        assertEquals(1_600_000_000L, stat.mtimeSec());
        assertEquals(123_456_789L, stat.mtimeNsec());
        FileTime ctime = (FileTime) unix.get("ctime");
        assertEquals(ctime.toInstant(), Instant.ofEpochSecond(stat.ctimeSec(), stat.ctimeNsec()));
        FileTime atime = (FileTime) unix.get("lastAccessTime");
        assertEquals(atime.toInstant(), Instant.ofEpochSecond(stat.atimeSec(), stat.atimeNsec()));
        assertTrue(stat.blksize() > 0);
        assertTrue(stat.blocks() * 512 >= 12345 || stat.blocks() == 0);

        int fd = Libc.open(bytes(file), O_RDONLY, 0);
        try {
            assertEquals(stat, Libc.fstat(fd));
        } finally {
            Libc.close(fd);
        }
        assertEquals(stat, Libc.fstatat(AT_FDCWD, bytes(file), 0));
    }

    @Test
    void lstatSeesTheLinkAndStatItsTarget() throws IOException {
        Path target = dir.resolve("target");
        Files.writeString(target, "x");
        Path link = dir.resolve("link");
        Libc.symlink("target".getBytes(UTF_8), AT_FDCWD, bytes(link));
        FileStat ofLink = Libc.lstat(bytes(link));
        assertEquals(0120000, ofLink.mode() & 0170000, "S_IFLNK");
        assertEquals(6, ofLink.size(), "a link's size is its content's");
        assertEquals(Files.readAttributes(link, "unix:ino", LinkOption.NOFOLLOW_LINKS).get("ino"), ofLink.ino());
        assertEquals(Libc.stat(bytes(target)), Libc.stat(bytes(link)));
        // Following the link above read it, which may have moved its atime: lstat it again.
        assertEquals(Libc.lstat(bytes(link)), Libc.fstatat(AT_FDCWD, bytes(link), Libc.AT_SYMLINK_NOFOLLOW));
        assertArrayEquals("target".getBytes(UTF_8), Libc.readlink(AT_FDCWD, bytes(link)));
        fails(ErrnoConstants.EINVAL, () -> Libc.readlink(AT_FDCWD, bytes(target)));
    }

    @Test
    void failuresCarryErrnoFunctionAndFileNames() {
        Path missing = dir.resolve("missing");
        PosixException failure = fails(ErrnoConstants.ENOENT, () -> Libc.stat(bytes(missing)));
        assertArrayEquals(bytes(missing), failure.filename());
        assertNull(failure.filename2());
        assertEquals("stat", failure.function());
        assertEquals("No such file or directory", failure.strerror());
        assertEquals("[Errno 2] No such file or directory: '" + missing + "' (stat)", failure.getMessage());

        PosixException renaming = fails(ErrnoConstants.ENOENT,
                () -> Libc.rename(AT_FDCWD, bytes(missing), AT_FDCWD, bytes(dir.resolve("other"))));
        assertArrayEquals(bytes(missing), renaming.filename());
        assertArrayEquals(bytes(dir.resolve("other")), renaming.filename2());

        fails(ErrnoConstants.EBADF, () -> Libc.read(987654, 1));
        fails(ErrnoConstants.EBADF, () -> Libc.close(987654));
        Path plain = dir.resolve("plain");
        Libc.close(Libc.open(bytes(plain), O_WRONLY | O_CREAT, 0600));
        fails(ErrnoConstants.ENOTDIR, () -> Libc.open(bytes(plain.resolve("x")), O_RDONLY, 0));
        assertThrows(IllegalArgumentException.class, () -> Libc.stat("a\0b".getBytes(UTF_8)));
    }

    @Test
    void directoriesAreMadeRemovedAndRenamed() throws IOException {
        Path sub = dir.resolve("sub");
        Libc.mkdir(AT_FDCWD, bytes(sub), 0750);
        assertTrue(Files.isDirectory(sub));
        fails(ErrnoConstants.EEXIST, () -> Libc.mkdir(AT_FDCWD, bytes(sub), 0750));
        Files.writeString(sub.resolve("f"), "content");
        fails(ErrnoConstants.ENOTEMPTY, () -> Libc.rmdir(AT_FDCWD, bytes(sub)));
        fails(ErrnoConstants.EISDIR, () -> Libc.unlink(AT_FDCWD, bytes(sub)));

        int subFd = Libc.open(bytes(sub), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
        try {
            Libc.rename(subFd, "f".getBytes(UTF_8), subFd, "g".getBytes(UTF_8));
            Libc.link(subFd, "g".getBytes(UTF_8), AT_FDCWD, bytes(dir.resolve("hard")), 0);
            assertEquals(2, Libc.stat(bytes(dir.resolve("hard"))).nlink());
            Libc.unlink(subFd, "g".getBytes(UTF_8));
            Libc.mkdir(subFd, "inner".getBytes(UTF_8), 0700);
            assertTrue(Files.isDirectory(sub.resolve("inner")));
            Libc.rmdir(subFd, "inner".getBytes(UTF_8));
        } finally {
            Libc.close(subFd);
        }
        Libc.rmdir(AT_FDCWD, bytes(sub));
        assertFalse(Files.exists(sub));
        assertEquals("content", readString(dir.resolve("hard")));
    }

    @Test
    void listingGivesNamesTypesAndInodes() throws IOException {
        Files.writeString(dir.resolve("file"), "x");
        Files.createDirectory(dir.resolve("directory"));
        Files.createSymbolicLink(dir.resolve("symlink"), Path.of("file"));
        Libc.mkfifo(AT_FDCWD, bytes(dir.resolve("fifo")), 0600);
        Map<String, Integer> types = new HashMap<>();
        try (DirStream stream = DirStream.open(bytes(dir))) {
            for (DirEntry entry = stream.next(); entry != null; entry = stream.next()) {
                String name = new String(entry.name(), UTF_8);
                types.put(name, entry.type());
                assertEquals(Libc.lstat(bytes(dir.resolve(name))).ino(), entry.ino(), name);
            }
            assertNull(stream.next(), "stays at the end");
        }
        assertEquals(Map.of("file", DirEntry.DT_REG, "directory", DirEntry.DT_DIR, "symlink", DirEntry.DT_LNK,
                "fifo", DirEntry.DT_FIFO), types);
        assertEquals(0010000, Libc.stat(bytes(dir.resolve("fifo"))).mode() & 0170000, "S_IFIFO");
    }

    @Test
    void largeDirectoriesNeedSeveralReads() throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        for (int i = 0; i < 1500; i++) {
            String name = "entry-with-a-fairly-long-name-to-fill-the-buffer-" + i;
            Files.createFile(dir.resolve(name));
            expected.add(name);
        }
        TreeSet<String> listed = new TreeSet<>();
        for (byte[] name : Libc.listdir(bytes(dir))) {
            assertTrue(listed.add(new String(name, UTF_8)), "listed twice");
        }
        assertEquals(expected, listed);
    }

    @Test
    void listingADescriptorStartsAtTheBeginningAndRewinds() throws IOException {
        Files.createFile(dir.resolve("a"));
        Files.createFile(dir.resolve("b"));
        int fd = Libc.open(bytes(dir), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
        try {
            List<String> first = names(Libc.listdir(fd));
            assertEquals(List.of("a", "b"), first);
            assertEquals(0, Libc.lseek(fd, 0, 1), "rewound after listing");
            assertEquals(first, names(Libc.listdir(fd)), "listing again gives everything");
            Descriptors.fcntl(fd, FcntlConstants.F_GETFD, 0);
        } finally {
            Libc.close(fd);
        }
    }

    @Test
    void listingFailuresNameThePath() throws IOException {
        Files.createFile(dir.resolve("plain"));
        PosixException failure = fails(ErrnoConstants.ENOTDIR, () -> Libc.listdir(bytes(dir.resolve("plain"))));
        assertArrayEquals(bytes(dir.resolve("plain")), failure.filename());
        fails(ErrnoConstants.ENOENT, () -> Libc.listdir(bytes(dir.resolve("none"))));
        Files.createDirectory(dir.resolve("empty"));
        assertEquals(List.of(), Libc.listdir(bytes(dir.resolve("empty"))));
        DirStream stream = DirStream.open(bytes(dir));
        stream.close();
        stream.close();
        assertThrows(IllegalStateException.class, stream::next);
    }

    private static List<String> names(List<byte[]> names) {
        List<String> text = new ArrayList<>();
        names.forEach(name -> text.add(new String(name, UTF_8)));
        text.sort(Comparator.naturalOrder());
        return text;
    }

    @Test
    void modesOwnersAndTimesChange() throws IOException {
        Path file = dir.resolve("attrs");
        Files.writeString(file, "x");
        Libc.chmod(AT_FDCWD, bytes(file), 0604, 0);
        assertEquals(0604, Libc.stat(bytes(file)).mode() & 07777);
        int fd = Libc.open(bytes(file), O_RDONLY, 0);
        try {
            Libc.fchmod(fd, 0640);
            assertEquals(0640, Libc.fstat(fd).mode() & 07777);
            FileStat before = Libc.fstat(fd);
            Libc.fchown(fd, -1, -1);
            Libc.chown(AT_FDCWD, bytes(file), before.uid(), before.gid(), Libc.AT_SYMLINK_NOFOLLOW);
            Libc.futimens(fd, new long[] {1_000_000_000L, 5, 1_100_000_000L, 7});
            FileStat touched = Libc.fstat(fd);
            assertEquals(1_000_000_000L, touched.atimeSec());
            assertEquals(5, touched.atimeNsec());
            assertEquals(1_100_000_000L, touched.mtimeSec());
            assertEquals(7, touched.mtimeNsec());
        } finally {
            Libc.close(fd);
        }
        Libc.utimensat(AT_FDCWD, bytes(file), new long[] {0, Libc.UTIME_OMIT, 1_200_000_000L, 9}, 0);
        FileStat stat = Libc.stat(bytes(file));
        assertEquals(1_000_000_000L, stat.atimeSec(), "UTIME_OMIT leaves atime");
        assertEquals(1_200_000_000L, stat.mtimeSec());
        long now = Instant.now().getEpochSecond();
        Libc.utimensat(AT_FDCWD, bytes(file), null, 0);
        assertTrue(Libc.stat(bytes(file)).mtimeSec() >= now, "null times mean now");

        Path link = dir.resolve("attrs-link");
        Files.createSymbolicLink(link, file);
        fails(ErrnoConstants.EOPNOTSUPP, () -> Libc.chmod(AT_FDCWD, bytes(link), 0600, Libc.AT_SYMLINK_NOFOLLOW));
    }

    @Test
    void accessAnswersWithoutRaising() throws IOException {
        Path file = dir.resolve("accessible");
        Files.writeString(file, "x");
        assertTrue(Libc.access(AT_FDCWD, bytes(file), PosixConstants.F_OK, 0));
        assertTrue(Libc.access(AT_FDCWD, bytes(file), PosixConstants.R_OK | PosixConstants.W_OK, Libc.AT_EACCESS));
        assertFalse(Libc.access(AT_FDCWD, bytes(file), PosixConstants.X_OK, 0));
        assertFalse(Libc.access(AT_FDCWD, bytes(dir.resolve("none")), PosixConstants.F_OK, 0));
    }

    @Test
    void currentDirectoryAndUmask() throws IOException {
        byte[] original = Libc.getcwd();
        assertEquals(Path.of("").toAbsolutePath().toString(), new String(original, UTF_8));
        Path real = dir.toRealPath();
        try {
            Libc.chdir(bytes(real));
            assertEquals(real.toString(), new String(Libc.getcwd(), UTF_8));
            int fd = Libc.open(original, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
            try {
                Libc.fchdir(fd);
            } finally {
                Libc.close(fd);
            }
            assertArrayEquals(original, Libc.getcwd());
        } finally {
            Libc.chdir(original);
        }
        fails(ErrnoConstants.ENOENT, () -> Libc.chdir(bytes(dir.resolve("none"))));

        int previous = Libc.umask(027);
        try {
            assertEquals(027, Libc.umask(027));
            Libc.close(Libc.open(bytes(dir.resolve("masked")), O_WRONLY | O_CREAT, 0777));
            assertEquals(0750, Libc.stat(bytes(dir.resolve("masked"))).mode() & 0777);
        } finally {
            Libc.umask(previous);
        }
    }

    @Test
    void statvfsAgreesWithTheFileStore() throws IOException {
        StatVfs vfs = Libc.statvfs(bytes(dir));
        FileStore store = Files.getFileStore(dir);
        assertEquals(store.getTotalSpace(), vfs.blocks() * vfs.frsize());
        assertTrue(vfs.namemax() >= 255);
        int fd = Libc.open(bytes(dir), O_RDONLY | O_DIRECTORY, 0);
        try {
            StatVfs viaFd = Libc.fstatvfs(fd);
            assertEquals(vfs.blocks(), viaFd.blocks());
            assertEquals(vfs.fsid(), viaFd.fsid());
        } finally {
            Libc.close(fd);
        }
        fails(ErrnoConstants.ENOENT, () -> Libc.statvfs(bytes(dir.resolve("none"))));
    }

    @Test
    void copyingBetweenDescriptors() throws IOException {
        Path source = dir.resolve("source");
        Files.writeString(source, "0123456789");
        int in = Libc.open(bytes(source), O_RDONLY, 0);
        int out = Libc.open(bytes(dir.resolve("sent")), O_WRONLY | O_CREAT, 0600);
        int copy = Libc.open(bytes(dir.resolve("copied")), O_WRONLY | O_CREAT, 0600);
        try {
            assertEquals(4, Libc.sendfile(out, in, 2, 4));
            assertEquals(0, Libc.lseek(in, 0, 1), "an explicit offset leaves the descriptor's");
            assertEquals(3, Libc.sendfile(out, in, -1, 3));
            assertEquals(3, Libc.lseek(in, 0, 1));
            assertEquals(5, Libc.copyFileRange(in, 5, copy, -1, 5, 0));
            Libc.posixFallocate(copy, 0, 4096);
            Libc.posixFadvise(in, 0, 0, PosixConstants.POSIX_FADV_SEQUENTIAL);
        } finally {
            Libc.close(in);
            Libc.close(out);
            Libc.close(copy);
        }
        assertEquals("2345012", readString(dir.resolve("sent")));
        assertEquals(4096, Files.size(dir.resolve("copied")));
        assertEquals("56789", readString(dir.resolve("copied")).substring(0, 5));
    }

    @Test
    void devicesNumbersAndNodes() {
        long device = Libc.makedev(8, 1);
        assertEquals(8, Libc.major(device));
        assertEquals(1, Libc.minor(device));
        assertEquals(2049, device);
        long big = Libc.makedev(4095, 1048575);
        assertEquals(4095, Libc.major(big));
        assertEquals(1048575, Libc.minor(big));
        Libc.mknod(AT_FDCWD, bytes(dir.resolve("node")), 0010600, 0);
        assertEquals(0010000, Libc.stat(bytes(dir.resolve("node"))).mode() & 0170000);
        Libc.sync();
    }

    @Test
    void randomBytes() {
        byte[] random = Libc.urandom(64);
        assertEquals(64, random.length);
        assertNotEquals(new String(new byte[64], UTF_8), new String(random, UTF_8));
        assertEquals(0, Libc.urandom(0).length);
        assertTrue(Libc.getrandom(16, PosixConstants.GRND_NONBLOCK).length <= 16);
        fails(ErrnoConstants.EINVAL, () -> Libc.getrandom(16, -1));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
