package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_CHAR;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_SHORT;
import static org.pythebo.modules.posix.Structs.DIRENT64;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;

/**
 * The entries of one directory, read with getdents64 (the kernel's own listing, with d_type and
 * d_ino), for os.scandir and os.listdir. "." and ".." are skipped. Owns a descriptor until
 * closed; safe to use and close from several threads. Reading with getdents64 rather than
 * readdir is what lets errors be told from the end: readdir signals both with NULL and relies on
 * errno having been cleared before the call, which the linker's errno capture cannot do.
 */
public final class DirStream implements AutoCloseable {
    /** Bytes asked of the kernel per call: many entries, as glibc's readdir asks. */
    private static final int CHUNK = 32 * 1024;

    private static final long INO = offset(DIRENT64, "d_ino");
    private static final long RECLEN = offset(DIRENT64, "d_reclen");
    private static final long TYPE = offset(DIRENT64, "d_type");
    private static final long NAME = offset(DIRENT64, "d_name");

    private final byte[] path;
    private final boolean rewindOnClose;
    private final ArrayDeque<DirEntry> pending = new ArrayDeque<>();
    private int fd;
    private boolean exhausted;

    private DirStream(int fd, byte[] path, boolean rewindOnClose) {
        this.fd = fd;
        this.path = path;
        this.rewindOnClose = rewindOnClose;
    }

    /** Opens the directory at {@code path}; failures name the path, as os.scandir's do. */
    public static DirStream open(byte[] path) {
        int flags = PosixConstants.O_RDONLY | PosixConstants.O_DIRECTORY | PosixConstants.O_CLOEXEC;
        int fd;
        try {
            fd = Libc.open(path, flags, 0);
        } catch (PosixException e) {
            throw new PosixException(e.errno(), "opendir", path);
        }
        return new DirStream(fd, path.clone(), false);
    }

    /**
     * Lists the directory open as {@code directoryFd} from its start, on a duplicate of it (the
     * caller keeps its descriptor); closing the stream rewinds the shared offset, as CPython's
     * fdopendir-based os.scandir(fd) and os.listdir(fd) leave it.
     */
    public static DirStream open(int directoryFd) {
        int duplicate = Descriptors.fcntl(directoryFd, FcntlConstants.F_DUPFD_CLOEXEC, 0);
        try {
            Libc.lseek(duplicate, 0, 0);
        } catch (PosixException e) {
            Libc.close(duplicate);
            throw e;
        }
        return new DirStream(duplicate, null, true);
    }

    /** The next entry, or null once all have been read. */
    public synchronized DirEntry next() {
        while (pending.isEmpty() && !exhausted) {
            if (fd < 0) {
                throw new IllegalStateException("directory stream is closed");
            }
            fill();
        }
        return pending.poll();
    }

    private void fill() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(CHUNK, 8);
            long count;
            try {
                count = Libc.getdents64(fd, buffer, Native.callState(arena));
            } catch (PosixException e) {
                throw new PosixException(e.errno(), "readdir", path);
            }
            if (count == 0) {
                exhausted = true;
                return;
            }
            long position = 0;
            while (position < count) {
                MemorySegment record = buffer.asSlice(position);
                int length = Short.toUnsignedInt(record.get(C_SHORT, RECLEN));
                byte[] name = Native.readCharArray(record, NAME, (int) (length - NAME));
                if (!isDotOrDotDot(name)) {
                    pending.add(new DirEntry(name, record.get(C_LONG, INO), Byte.toUnsignedInt(record.get(C_CHAR, TYPE))));
                }
                position += length;
            }
        }
    }

    private static boolean isDotOrDotDot(byte[] name) {
        return name.length == 1 && name[0] == '.' || name.length == 2 && name[0] == '.' && name[1] == '.';
    }

    /** Releases the descriptor; later calls to close do nothing. */
    @Override
    public synchronized void close() {
        if (fd < 0) {
            return;
        }
        int closing = fd;
        fd = -1;
        pending.clear();
        try {
            if (rewindOnClose) {
                Libc.lseek(closing, 0, 0);
            }
        } finally {
            Libc.close(closing);
        }
    }
}
