package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.ErrnoConstants.EINTR;
import static org.pythebo.modules.posix.ErrnoConstants.ERANGE;
import static org.pythebo.modules.posix.Native.C_CHAR;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.NULL;
import static org.pythebo.modules.posix.Native.cString;
import static org.pythebo.modules.posix.Native.errno;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Objects;
import java.util.List;

/**
 * Files, directories and reading and writing descriptors: the calls behind os.open, os.read,
 * os.stat, os.listdir and their kin. Paths are the bytes given to the C library (the caller
 * encodes str paths with the file system encoding); a NUL byte in a path is refused with
 * IllegalArgumentException. Failures throw {@link PosixException} with the path(s) CPython's
 * OSError would name. Calls interrupted by a signal (EINTR) are retried, as PEP 475 has CPython
 * do, except close, whose descriptor Linux releases even then.
 */
public final class Libc {
    private Libc() {
    }

    /** The dir_fd meaning "relative to the current directory". */
    public static final int AT_FDCWD = -100;
    public static final int AT_SYMLINK_NOFOLLOW = 0x100;
    public static final int AT_REMOVEDIR = 0x200;
    /** faccessat: check with the effective ids (os.access(effective_ids=True)). */
    public static final int AT_EACCESS = 0x200;
    public static final int AT_SYMLINK_FOLLOW = 0x400;
    public static final int AT_EMPTY_PATH = 0x1000;
    /** utimensat/futimens nanoseconds meaning "now" and "leave unchanged". */
    public static final long UTIME_NOW = (1L << 30) - 1;
    public static final long UTIME_OMIT = (1L << 30) - 2;

    // Each C function is linked on first use, in a holder class of its own: linking costs
    // milliseconds per function signature, and a program calls few of them.

    private static final class OpenCall {
        static final MethodHandle HANDLE = Native.errnoVariadic("open", 2, C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final class OpenatCall {
        static final MethodHandle HANDLE = Native.errnoVariadic("openat", 3, C_INT, C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final class CloseCall {
        static final MethodHandle HANDLE = Native.errnoFunction("close", C_INT, C_INT);
    }

    private static final class ReadCall {
        static final MethodHandle HANDLE = Native.errnoFunction("read", C_LONG, C_INT, C_POINTER, C_LONG);
    }

    private static final class WriteCall {
        static final MethodHandle HANDLE = Native.errnoFunction("write", C_LONG, C_INT, C_POINTER, C_LONG);
    }

    private static final class ReadvCall {
        static final MethodHandle HANDLE = Native.errnoFunction("readv", C_LONG, C_INT, C_POINTER, C_INT);
    }

    private static final class WritevCall {
        static final MethodHandle HANDLE = Native.errnoFunction("writev", C_LONG, C_INT, C_POINTER, C_INT);
    }

    private static final class PreadCall {
        static final MethodHandle HANDLE = Native.errnoFunction("pread", C_LONG, C_INT, C_POINTER, C_LONG, C_LONG);
    }

    private static final class PwriteCall {
        static final MethodHandle HANDLE = Native.errnoFunction("pwrite", C_LONG, C_INT, C_POINTER, C_LONG, C_LONG);
    }

    private static final class LseekCall {
        static final MethodHandle HANDLE = Native.errnoFunction("lseek", C_LONG, C_INT, C_LONG, C_INT);
    }

    private static final class FsyncCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fsync", C_INT, C_INT);
    }

    private static final class FdatasyncCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fdatasync", C_INT, C_INT);
    }

    private static final class FtruncateCall {
        static final MethodHandle HANDLE = Native.errnoFunction("ftruncate", C_INT, C_INT, C_LONG);
    }

    private static final class TruncateCall {
        static final MethodHandle HANDLE = Native.errnoFunction("truncate", C_INT, C_POINTER, C_LONG);
    }

    private static final class StatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("stat", C_INT, C_POINTER, C_POINTER);
    }

    private static final class LstatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("lstat", C_INT, C_POINTER, C_POINTER);
    }

    private static final class FstatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fstat", C_INT, C_INT, C_POINTER);
    }

    private static final class FstatatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fstatat", C_INT, C_INT, C_POINTER, C_POINTER, C_INT);
    }

    private static final class StatvfsCall {
        static final MethodHandle HANDLE = Native.errnoFunction("statvfs", C_INT, C_POINTER, C_POINTER);
    }

    private static final class FstatvfsCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fstatvfs", C_INT, C_INT, C_POINTER);
    }

    private static final class FaccessatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("faccessat", C_INT, C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final class MkdiratCall {
        static final MethodHandle HANDLE = Native.errnoFunction("mkdirat", C_INT, C_INT, C_POINTER, C_INT);
    }

    private static final class UnlinkatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("unlinkat", C_INT, C_INT, C_POINTER, C_INT);
    }

    private static final class RenameatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("renameat", C_INT, C_INT, C_POINTER, C_INT, C_POINTER);
    }

    private static final class LinkatCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("linkat", C_INT, C_INT, C_POINTER, C_INT, C_POINTER, C_INT);
    }

    private static final class SymlinkatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("symlinkat", C_INT, C_POINTER, C_INT, C_POINTER);
    }

    private static final class ReadlinkatCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("readlinkat", C_LONG, C_INT, C_POINTER, C_POINTER, C_LONG);
    }

    private static final class ChdirCall {
        static final MethodHandle HANDLE = Native.errnoFunction("chdir", C_INT, C_POINTER);
    }

    private static final class FchdirCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fchdir", C_INT, C_INT);
    }

    private static final class GetcwdCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getcwd", C_POINTER, C_POINTER, C_LONG);
    }

    private static final class FchmodatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fchmodat", C_INT, C_INT, C_POINTER, C_INT, C_INT);
    }

    private static final class FchmodCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fchmod", C_INT, C_INT, C_INT);
    }

    private static final class FchownatCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("fchownat", C_INT, C_INT, C_POINTER, C_INT, C_INT, C_INT);
    }

    private static final class FchownCall {
        static final MethodHandle HANDLE = Native.errnoFunction("fchown", C_INT, C_INT, C_INT, C_INT);
    }

    private static final class UtimensatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("utimensat", C_INT, C_INT, C_POINTER, C_POINTER, C_INT);
    }

    private static final class FutimensCall {
        static final MethodHandle HANDLE = Native.errnoFunction("futimens", C_INT, C_INT, C_POINTER);
    }

    private static final class UmaskCall {
        static final MethodHandle HANDLE = Native.function("umask", C_INT, C_INT);
    }

    private static final class MkfifoatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("mkfifoat", C_INT, C_INT, C_POINTER, C_INT);
    }

    private static final class MknodatCall {
        static final MethodHandle HANDLE = Native.errnoFunction("mknodat", C_INT, C_INT, C_POINTER, C_INT, C_LONG);
    }

    private static final class SyncCall {
        static final MethodHandle HANDLE = Native.function("sync", null);
    }

    private static final class PosixFallocateCall {
        static final MethodHandle HANDLE = Native.function("posix_fallocate", C_INT, C_INT, C_LONG, C_LONG);
    }

    private static final class PosixFadviseCall {
        static final MethodHandle HANDLE = Native.function("posix_fadvise", C_INT, C_INT, C_LONG, C_LONG, C_INT);
    }

    private static final class SendfileCall {
        static final MethodHandle HANDLE = Native.errnoFunction("sendfile", C_LONG, C_INT, C_INT, C_POINTER, C_LONG);
    }

    private static final class CopyFileRangeCall {
        static final MethodHandle HANDLE =
                Native.errnoFunction("copy_file_range", C_LONG, C_INT, C_POINTER, C_INT, C_POINTER, C_LONG, C_INT);
    }

    private static final class Getdents64Call {
        static final MethodHandle HANDLE = Native.errnoFunction("getdents64", C_LONG, C_INT, C_POINTER, C_LONG);
    }

    private static final class GetrandomCall {
        static final MethodHandle HANDLE = Native.errnoFunction("getrandom", C_LONG, C_POINTER, C_LONG, C_INT);
    }

    private static final class GnuDevMajorCall {
        static final MethodHandle HANDLE = Native.function("gnu_dev_major", C_INT, C_LONG);
    }

    private static final class GnuDevMinorCall {
        static final MethodHandle HANDLE = Native.function("gnu_dev_minor", C_INT, C_LONG);
    }

    private static final class GnuDevMakedevCall {
        static final MethodHandle HANDLE = Native.function("gnu_dev_makedev", C_LONG, C_INT, C_INT);
    }

    // ---- opening, reading and writing ----

    /** open(2); {@code mode} matters only with O_CREAT or O_TMPFILE. */
    public static int open(byte[] path, int flags, int mode) {
        return openat(AT_FDCWD, path, flags, mode);
    }

    /** openat(2): {@code path} relative to the directory {@code dirFd} (or {@link #AT_FDCWD}). */
    public static int openat(int dirFd, byte[] path, int flags, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment cPath = cString(arena, path);
            while (true) {
                int fd = dirFd == AT_FDCWD
                        ? (int) OpenCall.HANDLE.invokeExact(state, cPath, flags, mode)
                        : (int) OpenatCall.HANDLE.invokeExact(state, dirFd, cPath, flags, mode);
                if (fd >= 0) {
                    return fd;
                }
                if (errno(state) != EINTR) {
                    throw new PosixException(errno(state), "open", path);
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** close(2), not retried on EINTR: Linux has released the descriptor by then. */
    public static void close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) CloseCall.HANDLE.invokeExact(state, fd) < 0) {
                throw new PosixException(errno(state), "close");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.read: at most {@code length} bytes; an empty array at end of file. */
    public static byte[] read(int fd, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Math.max(length, 1));
            long count;
            do {
                count = (long) ReadCall.HANDLE.invokeExact(state, fd, buffer, (long) length);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "read");
            }
            return buffer.asSlice(0, count).toArray(C_CHAR);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** read(2) into {@code buffer[offset, offset + length)}; returns the count, 0 at end of file. */
    public static int read(int fd, byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment nativeBuffer = arena.allocate(Math.max(length, 1));
            long count;
            do {
                count = (long) ReadCall.HANDLE.invokeExact(state, fd, nativeBuffer, (long) length);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "read");
            }
            MemorySegment.copy(nativeBuffer, C_CHAR, 0, buffer, offset, (int) count);
            return (int) count;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** write(2) of {@code data[offset, offset + length)}; returns how many bytes were written. */
    public static int write(int fd, byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment nativeData = arena.allocate(Math.max(length, 1));
            MemorySegment.copy(data, offset, nativeData, C_CHAR, 0, length);
            long count;
            do {
                count = (long) WriteCall.HANDLE.invokeExact(state, fd, nativeData, (long) length);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "write");
            }
            return (int) count;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.write: write(2) of all of {@code data} (one call; the count may be short). */
    public static int write(int fd, byte[] data) {
        return write(fd, data, 0, data.length);
    }

    /** os.readv: fills the buffers in order; returns the total count read. */
    public static long readv(int fd, byte[][] buffers) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment[] natives = new MemorySegment[buffers.length];
            MemorySegment iov = ioVector(arena, buffers, natives, false);
            long count;
            do {
                count = (long) ReadvCall.HANDLE.invokeExact(state, fd, iov, buffers.length);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "readv");
            }
            long remaining = count;
            for (int i = 0; i < buffers.length && remaining > 0; i++) {
                int part = (int) Math.min(remaining, buffers[i].length);
                MemorySegment.copy(natives[i], C_CHAR, 0, buffers[i], 0, part);
                remaining -= part;
            }
            return count;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.writev: writes the buffers in order; returns the total count written. */
    public static long writev(int fd, byte[][] buffers) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment iov = ioVector(arena, buffers, new MemorySegment[buffers.length], true);
            long count;
            do {
                count = (long) WritevCall.HANDLE.invokeExact(state, fd, iov, buffers.length);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "writev");
            }
            return count;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static MemorySegment ioVector(Arena arena, byte[][] buffers, MemorySegment[] natives, boolean copyIn) {
        MemorySegment iov = arena.allocate(Structs.IOVEC, Math.max(buffers.length, 1));
        long stride = Structs.IOVEC.byteSize();
        for (int i = 0; i < buffers.length; i++) {
            natives[i] = arena.allocate(Math.max(buffers[i].length, 1));
            if (copyIn) {
                MemorySegment.copy(buffers[i], 0, natives[i], C_CHAR, 0, buffers[i].length);
            }
            iov.set(C_POINTER, i * stride, natives[i]);
            iov.set(C_LONG, i * stride + C_POINTER.byteSize(), buffers[i].length);
        }
        return iov;
    }

    /** os.pread: at most {@code length} bytes from {@code position}, leaving the offset alone. */
    public static byte[] pread(int fd, int length, long position) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Math.max(length, 1));
            long count;
            do {
                count = (long) PreadCall.HANDLE.invokeExact(state, fd, buffer, (long) length, position);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "pread");
            }
            return buffer.asSlice(0, count).toArray(C_CHAR);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.pwrite: writes {@code data} at {@code position}; returns the count written. */
    public static int pwrite(int fd, byte[] data, long position) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment nativeData = arena.allocate(Math.max(data.length, 1));
            MemorySegment.copy(data, 0, nativeData, C_CHAR, 0, data.length);
            long count;
            do {
                count = (long) PwriteCall.HANDLE.invokeExact(state, fd, nativeData, (long) data.length, position);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "pwrite");
            }
            return (int) count;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** lseek(2); whence is SEEK_SET (0), SEEK_CUR (1), SEEK_END (2), SEEK_DATA or SEEK_HOLE. */
    public static long lseek(int fd, long offset, int whence) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            long position = (long) LseekCall.HANDLE.invokeExact(state, fd, offset, whence);
            if (position < 0) {
                throw new PosixException(errno(state), "lseek");
            }
            return position;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void fsync(int fd) {
        fdCall(FsyncCall.HANDLE, fd, "fsync");
    }

    public static void fdatasync(int fd) {
        fdCall(FdatasyncCall.HANDLE, fd, "fdatasync");
    }

    private static void fdCall(MethodHandle function, int fd, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result;
            do {
                result = (int) function.invokeExact(state, fd);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), name);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void ftruncate(int fd, long length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result;
            do {
                result = (int) FtruncateCall.HANDLE.invokeExact(state, fd, length);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "ftruncate");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void truncate(byte[] path, long length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment cPath = cString(arena, path);
            int result;
            do {
                result = (int) TruncateCall.HANDLE.invokeExact(state, cPath, length);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "truncate", path);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // ---- metadata ----

    /** stat(2), following symbolic links. */
    public static FileStat stat(byte[] path) {
        return statPath(StatCall.HANDLE, path, "stat");
    }

    /** lstat(2): a symbolic link itself. */
    public static FileStat lstat(byte[] path) {
        return statPath(LstatCall.HANDLE, path, "lstat");
    }

    private static FileStat statPath(MethodHandle function, byte[] path, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Structs.STAT);
            if ((int) function.invokeExact(state, cString(arena, path), buffer) < 0) {
                throw new PosixException(errno(state), name, path);
            }
            return FileStat.read(buffer);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static FileStat fstat(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Structs.STAT);
            int result;
            do {
                result = (int) FstatCall.HANDLE.invokeExact(state, fd, buffer);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "fstat");
            }
            return FileStat.read(buffer);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** fstatat(2); flags may hold {@link #AT_SYMLINK_NOFOLLOW} and {@link #AT_EMPTY_PATH}. */
    public static FileStat fstatat(int dirFd, byte[] path, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Structs.STAT);
            if ((int) FstatatCall.HANDLE.invokeExact(state, dirFd, cString(arena, path), buffer, flags) < 0) {
                throw new PosixException(errno(state), "fstatat", path);
            }
            return FileStat.read(buffer);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static StatVfs statvfs(byte[] path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Structs.STATVFS);
            int result;
            MemorySegment cPath = cString(arena, path);
            do {
                result = (int) StatvfsCall.HANDLE.invokeExact(state, cPath, buffer);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "statvfs", path);
            }
            return StatVfs.read(buffer);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static StatVfs fstatvfs(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Structs.STATVFS);
            int result;
            do {
                result = (int) FstatvfsCall.HANDLE.invokeExact(state, fd, buffer);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "fstatvfs");
            }
            return StatVfs.read(buffer);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * os.access: whether faccessat(2) allows {@code mode} (F_OK, R_OK, W_OK, X_OK); any failure
     * is false, as in CPython. flags may hold {@link #AT_EACCESS} and {@link #AT_SYMLINK_NOFOLLOW}.
     */
    public static boolean access(int dirFd, byte[] path, int mode, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            return (int) FaccessatCall.HANDLE.invokeExact(state, dirFd, cString(arena, path), mode, flags) == 0;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** glibc's major(3) of a device number. */
    public static int major(long device) {
        try {
            return (int) GnuDevMajorCall.HANDLE.invokeExact(device);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** glibc's minor(3) of a device number. */
    public static int minor(long device) {
        try {
            return (int) GnuDevMinorCall.HANDLE.invokeExact(device);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** glibc's makedev(3). */
    public static long makedev(int major, int minor) {
        try {
            return (long) GnuDevMakedevCall.HANDLE.invokeExact(major, minor);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // ---- creating, removing and renaming ----

    public static void mkdir(int dirFd, byte[] path, int mode) {
        pathCall(MkdiratCall.HANDLE, dirFd, path, mode, "mkdir");
    }

    /** os.rmdir: unlinkat with AT_REMOVEDIR. */
    public static void rmdir(int dirFd, byte[] path) {
        pathCall(UnlinkatCall.HANDLE, dirFd, path, AT_REMOVEDIR, "rmdir");
    }

    /** os.unlink / os.remove of a non-directory. */
    public static void unlink(int dirFd, byte[] path) {
        pathCall(UnlinkatCall.HANDLE, dirFd, path, 0, "unlink");
    }

    public static void mkfifo(int dirFd, byte[] path, int mode) {
        pathCall(MkfifoatCall.HANDLE, dirFd, path, mode, "mkfifo");
    }

    /** chmod; with flags {@link #AT_SYMLINK_NOFOLLOW} this is lchmod, which Linux refuses for links. */
    public static void chmod(int dirFd, byte[] path, int mode, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) FchmodatCall.HANDLE.invokeExact(state, dirFd, cString(arena, path), mode, flags) < 0) {
                throw new PosixException(errno(state), "chmod", path);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** A call (dirFd, path, int) -> int reporting failure with -1 and errno. */
    private static void pathCall(MethodHandle function, int dirFd, byte[] path, int argument, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) function.invokeExact(state, dirFd, cString(arena, path), argument) < 0) {
                throw new PosixException(errno(state), name, path);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void mknod(int dirFd, byte[] path, int mode, long device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) MknodatCall.HANDLE.invokeExact(state, dirFd, cString(arena, path), mode, device) < 0) {
                throw new PosixException(errno(state), "mknod", path);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.rename / os.replace (the same call on POSIX). */
    public static void rename(int srcDirFd, byte[] src, int dstDirFd, byte[] dst) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) RenameatCall.HANDLE.invokeExact(state, srcDirFd, cString(arena, src), dstDirFd, cString(arena, dst)) < 0) {
                throw new PosixException(errno(state), "rename", src, dst);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.link; flags {@link #AT_SYMLINK_FOLLOW} for follow_symlinks=True. */
    public static void link(int srcDirFd, byte[] src, int dstDirFd, byte[] dst, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) LinkatCall.HANDLE.invokeExact(state, srcDirFd, cString(arena, src), dstDirFd, cString(arena, dst), flags) < 0) {
                throw new PosixException(errno(state), "link", src, dst);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.symlink: a link at {@code linkPath} (relative to dirFd) holding {@code target}. */
    public static void symlink(byte[] target, int dirFd, byte[] linkPath) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) SymlinkatCall.HANDLE.invokeExact(state, cString(arena, target), dirFd, cString(arena, linkPath)) < 0) {
                throw new PosixException(errno(state), "symlink", target, linkPath);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.readlink: the link's content. */
    public static byte[] readlink(int dirFd, byte[] path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment cPath = cString(arena, path);
            for (long size = 4096; ; size *= 2) {
                MemorySegment buffer = arena.allocate(size);
                long length = (long) ReadlinkatCall.HANDLE.invokeExact(state, dirFd, cPath, buffer, size);
                if (length < 0) {
                    throw new PosixException(errno(state), "readlink", path);
                }
                if (length < size) {
                    return buffer.asSlice(0, length).toArray(C_CHAR);
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // ---- the current directory and process-wide file settings ----

    public static void chdir(byte[] path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) ChdirCall.HANDLE.invokeExact(state, cString(arena, path)) < 0) {
                throw new PosixException(errno(state), "chdir", path);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void fchdir(int fd) {
        fdCall(FchdirCall.HANDLE, fd, "fchdir");
    }

    /** os.getcwdb. */
    public static byte[] getcwd() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            for (long size = 4096; ; size *= 2) {
                MemorySegment buffer = arena.allocate(size);
                MemorySegment result = (MemorySegment) GetcwdCall.HANDLE.invokeExact(state, buffer, size);
                if (!result.equals(NULL)) {
                    return Native.readCString(buffer);
                }
                if (errno(state) != ERANGE) {
                    throw new PosixException(errno(state), "getcwd");
                }
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void fchmod(int fd, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            int result;
            do {
                result = (int) FchmodCall.HANDLE.invokeExact(state, fd, mode);
            } while (result < 0 && errno(state) == EINTR);
            if (result < 0) {
                throw new PosixException(errno(state), "fchmod");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** chown/lchown (flags {@link #AT_SYMLINK_NOFOLLOW}); an id of -1 leaves it unchanged. */
    public static void chown(int dirFd, byte[] path, int uid, int gid, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) FchownatCall.HANDLE.invokeExact(state, dirFd, cString(arena, path), uid, gid, flags) < 0) {
                throw new PosixException(errno(state), "chown", path);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void fchown(int fd, int uid, int gid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) FchownCall.HANDLE.invokeExact(state, fd, uid, gid) < 0) {
                throw new PosixException(errno(state), "fchown");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * os.utime: times is {atimeSec, atimeNsec, mtimeSec, mtimeNsec} (nanoseconds may be
     * {@link #UTIME_NOW} or {@link #UTIME_OMIT}), or null for "both now".
     */
    public static void utimensat(int dirFd, byte[] path, long[] times, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) UtimensatCall.HANDLE.invokeExact(state, dirFd, cString(arena, path), timespecPair(arena, times), flags) < 0) {
                throw new PosixException(errno(state), "utime", path);
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.utime on a descriptor; times as for {@link #utimensat}. */
    public static void futimens(int fd, long[] times) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            if ((int) FutimensCall.HANDLE.invokeExact(state, fd, timespecPair(arena, times)) < 0) {
                throw new PosixException(errno(state), "futimens");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    private static MemorySegment timespecPair(Arena arena, long[] times) {
        if (times == null) {
            return NULL;
        }
        if (times.length != 4) {
            throw new IllegalArgumentException("times must be {atimeSec, atimeNsec, mtimeSec, mtimeNsec}");
        }
        MemorySegment pair = arena.allocate(Structs.TIMESPEC, 2);
        for (int i = 0; i < 4; i++) {
            pair.setAtIndex(C_LONG, i, times[i]);
        }
        return pair;
    }

    /** umask(2): sets the mask, returns the previous one. */
    public static int umask(int mask) {
        try {
            return (int) UmaskCall.HANDLE.invokeExact(mask);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    public static void sync() {
        try {
            SyncCall.HANDLE.invokeExact();
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** posix_fallocate(3), which returns its error rather than setting errno. */
    public static void posixFallocate(int fd, long offset, long length) {
        try {
            int error;
            do {
                error = (int) PosixFallocateCall.HANDLE.invokeExact(fd, offset, length);
            } while (error == EINTR);
            if (error != 0) {
                throw new PosixException(error, "posix_fallocate");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** posix_fadvise(3), which returns its error rather than setting errno. */
    public static void posixFadvise(int fd, long offset, long length, int advice) {
        try {
            int error;
            do {
                error = (int) PosixFadviseCall.HANDLE.invokeExact(fd, offset, length, advice);
            } while (error == EINTR);
            if (error != 0) {
                throw new PosixException(error, "posix_fadvise");
            }
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * os.sendfile: copies up to {@code count} bytes from inFd at {@code offset} (or, when
     * offset is negative, from its current offset, which advances) to outFd; returns the count.
     */
    public static long sendfile(int outFd, int inFd, long offset, long count) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment offsetCell = offset < 0 ? NULL : arena.allocateFrom(C_LONG, offset);
            long sent;
            do {
                sent = (long) SendfileCall.HANDLE.invokeExact(state, outFd, inFd, offsetCell, count);
            } while (sent < 0 && errno(state) == EINTR);
            if (sent < 0) {
                throw new PosixException(errno(state), "sendfile");
            }
            return sent;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /**
     * os.copy_file_range: a negative offset means "the descriptor's own offset", which then
     * advances; returns the count copied (0 at end of the source).
     */
    public static long copyFileRange(int inFd, long inOffset, int outFd, long outOffset, long count, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment inCell = inOffset < 0 ? NULL : arena.allocateFrom(C_LONG, inOffset);
            MemorySegment outCell = outOffset < 0 ? NULL : arena.allocateFrom(C_LONG, outOffset);
            long copied;
            do {
                copied = (long) CopyFileRangeCall.HANDLE.invokeExact(state, inFd, inCell, outFd, outCell, count, flags);
            } while (copied < 0 && errno(state) == EINTR);
            if (copied < 0) {
                throw new PosixException(errno(state), "copy_file_range");
            }
            return copied;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // ---- directories ----

    /** os.listdir(path): the names, without "." and "..", in the kernel's order. */
    public static List<byte[]> listdir(byte[] path) {
        try (DirStream stream = DirStream.open(path)) {
            return names(stream);
        }
    }

    /** os.listdir(fd): lists the directory open as {@code fd}, from its start, and rewinds it. */
    public static List<byte[]> listdir(int fd) {
        try (DirStream stream = DirStream.open(fd)) {
            return names(stream);
        }
    }

    private static List<byte[]> names(DirStream stream) {
        List<byte[]> names = new ArrayList<>();
        for (DirEntry entry = stream.next(); entry != null; entry = stream.next()) {
            names.add(entry.name());
        }
        return names;
    }

    /** getdents64(2) into {@code buffer}: the count of bytes filled, 0 at the end. */
    static long getdents64(int fd, MemorySegment buffer, MemorySegment state) {
        try {
            long count;
            do {
                count = (long) Getdents64Call.HANDLE.invokeExact(state, fd, buffer, buffer.byteSize());
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "getdents64");
            }
            return count;
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    // ---- randomness ----

    /**
     * getrandom(2): one call, which may return fewer bytes than asked (os.getrandom); flags
     * GRND_NONBLOCK and GRND_RANDOM.
     */
    public static byte[] getrandom(int length, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Math.max(length, 1));
            long count;
            do {
                count = (long) GetrandomCall.HANDLE.invokeExact(state, buffer, (long) length, flags);
            } while (count < 0 && errno(state) == EINTR);
            if (count < 0) {
                throw new PosixException(errno(state), "getrandom");
            }
            return buffer.asSlice(0, count).toArray(C_CHAR);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }

    /** os.urandom: exactly {@code length} bytes from getrandom(2), blocking until it is seeded. */
    public static byte[] urandom(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative argument not allowed");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Native.callState(arena);
            MemorySegment buffer = arena.allocate(Math.max(length, 1));
            long filled = 0;
            while (filled < length) {
                long count = (long) GetrandomCall.HANDLE.invokeExact(state, buffer.asSlice(filled), length - filled, 0);
                if (count < 0) {
                    if (errno(state) == EINTR) {
                        continue;
                    }
                    throw new PosixException(errno(state), "getrandom");
                }
                filled += count;
            }
            return buffer.asSlice(0, length).toArray(C_CHAR);
        } catch (Throwable t) {
            throw Native.unchecked(t);
        }
    }
}
