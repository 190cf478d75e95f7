package org.pythebo.modules.posixmodule;

import static org.pythebo.modules.posix.ErrnoConstants.EACCES;
import static org.pythebo.modules.posix.ErrnoConstants.EINVAL;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.pythebo.modules.posix.Descriptors;
import org.pythebo.modules.posix.FcntlConstants;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixConstants;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.Terminals;
import org.pythebo.modules.posixmodule.Fs.PathArg;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.OSErrors;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/**
 * The posix functions on open descriptors: opening and closing, reading and writing, seeking,
 * pipes and duplicates, the inheritable and blocking flags, terminals, eventfd and lockf.
 * Every descriptor os.open, os.pipe and os.dup make is non-inheritable (PEP 446).
 */
public final class DescriptorFunctions {
    private DescriptorFunctions() {}

    /** The largest count one read may ask for: the bytes object it fills must fit a Java array. */
    private static final long MAX_READ = Integer.MAX_VALUE - 16;

    @PyMethod("($module, /, path, flags, mode=511, *, dir_fd=None)")
    public static Object open(ThreadState ts, Object path, int flags, int mode, Object dirFd) {
        PathArg p = Fs.path(ts, path, "open", "path", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            return (long) Libc.openat(fd, p.bytes(), flags | PosixConstants.O_CLOEXEC, mode);
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
    }

    @PyMethod("($module, /, fd)")
    public static Object close(int fd) {
        try {
            Libc.close(fd);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    /** Closes every descriptor in [low, high), ignoring those that are not open. */
    @PyMethod("($module, fd_low, fd_high, /)")
    public static Object closerange(int low, int high) {
        for (int fd : openDescriptors()) {
            if (fd >= Math.max(low, 0) && fd < high) {
                try {
                    Libc.close(fd);
                } catch (PosixException e) {
                    // CPython ignores descriptors that could not be closed.
                }
            }
        }
        return null;
    }

    /** The descriptors open now, from /proc/self/fd, ascending. */
    private static int[] openDescriptors() {
        return Libc.listdir("/proc/self/fd".getBytes(StandardCharsets.US_ASCII)).stream()
                .mapToInt(name -> Integer.parseInt(new String(name, StandardCharsets.US_ASCII))).sorted().toArray();
    }

    @PyMethod("($module, fd, length, /)")
    public static Object read(int fd, long length) {
        if (length < 0) {
            throw PosixErrors.of(EINVAL);
        }
        if (length > MAX_READ) {
            throw PyException.of(Exc.MemoryError, null);
        }
        try {
            return PyBytes.of(Libc.read(fd, (int) length));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, data, /)")
    public static Object write(int fd, PyBuffer data) {
        try {
            return (long) Libc.write(fd, data.array(), data.offset(), data.length());
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, length, offset, /)")
    public static Object pread(ThreadState ts, int fd, long length, Object offset) {
        long position = Offsets.offset(ts, offset);
        if (length < 0) {
            throw PosixErrors.of(EINVAL);
        }
        if (length > MAX_READ) {
            throw PyException.of(Exc.MemoryError, null);
        }
        try {
            return PyBytes.of(Libc.pread(fd, (int) length, position));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, buffer, offset, /)")
    public static Object pwrite(ThreadState ts, int fd, PyBuffer buffer, Object offset) {
        long position = Offsets.offset(ts, offset);
        try {
            return (long) Libc.pwrite(fd, buffer.toArrayShared(), position);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, buffers, /)")
    public static Object readv(ThreadState ts, int fd, Object buffers) {
        Object[] items = sequence(ts, buffers, "readv");
        PyBuffer[] targets = new PyBuffer[items.length];
        byte[][] arrays = new byte[items.length][];
        for (int i = 0; i < items.length; i++) {
            targets[i] = Convert.buffer(items[i]);
            if (targets[i].readonly()) {
                throw PyException.of(Exc.BufferError, "Object is not writable.");
            }
            arrays[i] = new byte[targets[i].length()];
        }
        long count;
        try {
            count = Libc.readv(fd, arrays);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        long left = count;
        for (int i = 0; i < items.length && left > 0; i++) {
            int n = (int) Math.min(left, arrays[i].length);
            System.arraycopy(arrays[i], 0, targets[i].array(), targets[i].offset(), n);
            left -= n;
        }
        return count;
    }

    @PyMethod("($module, fd, buffers, /)")
    public static Object writev(ThreadState ts, int fd, Object buffers) {
        Object[] items = sequence(ts, buffers, "writev");
        byte[][] arrays = new byte[items.length][];
        for (int i = 0; i < items.length; i++) {
            arrays[i] = Convert.buffer(items[i]).toArrayShared();
        }
        try {
            return Libc.writev(fd, arrays);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    /** readv's and writev's list of buffers: any sequence. */
    private static Object[] sequence(ThreadState ts, Object o, String function) {
        if (!Fs.isSequence(o)) {
            throw PyException.typeError(function + "() arg 2 must be a sequence");
        }
        return Ops.toArray(ts, o);
    }

    @PyMethod("($module, fd, position, how, /)")
    public static Object lseek(ThreadState ts, int fd, Object position, int how) {
        long offset = Offsets.offset(ts, position);
        try {
            return Libc.lseek(fd, offset, how);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, fd)")
    public static Object fsync(ThreadState ts, Object fd) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Libc.fsync(n);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, /, fd)")
    public static Object fdatasync(ThreadState ts, Object fd) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Libc.fdatasync(n);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, fd, length, /)")
    public static Object ftruncate(ThreadState ts, int fd, Object length) {
        long n = Offsets.offset(ts, length);
        try {
            Libc.ftruncate(fd, n);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, fd, offset, length, /)")
    public static Object posix_fallocate(ThreadState ts, int fd, Object offset, Object length) {
        long start = Offsets.offset(ts, offset);
        long count = Offsets.offset(ts, length);
        try {
            Libc.posixFallocate(fd, start, count);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, fd, offset, length, advice, /)")
    public static Object posix_fadvise(ThreadState ts, int fd, Object offset, Object length, int advice) {
        long start = Offsets.offset(ts, offset);
        long count = Offsets.offset(ts, length);
        try {
            Libc.posixFadvise(fd, start, count, advice);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, /, out_fd, in_fd, offset, count)")
    public static Object sendfile(ThreadState ts, int outFd, int inFd, Object offset, long count) {
        long start = offset == Singleton.NONE ? -1 : Offsets.offset(ts, offset);
        try {
            return Libc.sendfile(outFd, inFd, start, count);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, src, dst, count, offset_src=None, offset_dst=None)")
    public static Object copy_file_range(ThreadState ts, int src, int dst, long count, Object offsetSrc,
            Object offsetDst) {
        long from = offsetSrc == Singleton.NONE ? -1 : Offsets.offset(ts, offsetSrc);
        long to = offsetDst == Singleton.NONE ? -1 : Offsets.offset(ts, offsetDst);
        try {
            return Libc.copyFileRange(src, from, dst, to, count, 0);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    // ---- pipes and duplicates ----

    @PyMethod("($module, /)")
    public static Object pipe() {
        return pipe2(PosixConstants.O_CLOEXEC);
    }

    @PyMethod("($module, flags, /)")
    public static Object pipe2(int flags) {
        try {
            int[] ends = Descriptors.pipe2(flags);
            return PyTuple.of((long) ends[0], (long) ends[1]);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, /)")
    public static Object dup(int fd) {
        try {
            return (long) Descriptors.fcntl(fd, FcntlConstants.F_DUPFD_CLOEXEC, 0);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, fd, fd2, inheritable=True)")
    public static Object dup2(int fd, int fd2, boolean inheritable) {
        if (fd < 0 || fd2 < 0) {
            // CPython raises from an errno it has not set.
            throw OSErrors.of(0, "Error");
        }
        try {
            return (long) (inheritable ? Descriptors.dup2(fd, fd2) : Descriptors.dup3(fd, fd2, PosixConstants.O_CLOEXEC));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, /)")
    public static Object get_inheritable(int fd) {
        try {
            return Descriptors.getInheritable(fd);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, inheritable, /)")
    public static Object set_inheritable(int fd, int inheritable) {
        try {
            Descriptors.setInheritable(fd, inheritable != 0);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, fd, /)")
    public static Object get_blocking(int fd) {
        try {
            return Descriptors.getBlocking(fd);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, blocking, /)")
    public static Object set_blocking(int fd, boolean blocking) {
        try {
            Descriptors.setBlocking(fd, blocking);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    // ---- terminals ----

    @PyMethod("($module, fd, /)")
    public static Object isatty(int fd) {
        return Terminals.isatty(fd);
    }

    @PyMethod("($module, fd, /)")
    public static Object ttyname(int fd) {
        try {
            return Fs.decode(Terminals.ttyname(fd));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /)")
    public static Object ctermid() {
        try {
            return Fs.decode(Terminals.ctermid());
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    /**
     * The encoding of a terminal, None for anything else: the locale's, which is UTF-8 under
     * the C and POSIX locales as CPython's UTF-8 mode makes it.
     */
    @PyMethod("($module, /, fd)")
    public static Object device_encoding(int fd) {
        if (!Terminals.isatty(fd)) {
            return Singleton.NONE;
        }
        return SystemFunctions.localeEncoding();
    }

    @PyMethod("($module, fd=?, /)")
    public static Object get_terminal_size(Object fd) {
        int n = fd == null ? 1 : Convert.asInt(null, fd);
        try {
            int[] size = Terminals.getTerminalSize(n);
            return StatResults.TERMINAL_SIZE.make((long) size[0], (long) size[1]);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /)")
    public static Object openpty() {
        try {
            int[] ends = Terminals.openpty();
            return PyTuple.of((long) ends[0], (long) ends[1]);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, /)")
    public static Object tcgetpgrp(int fd) {
        try {
            return (long) Terminals.tcgetpgrp(fd);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, pgid, /)")
    public static Object tcsetpgrp(int fd, int pgid) {
        try {
            Terminals.tcsetpgrp(fd, pgid);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    // ---- eventfd and lockf ----

    @PyMethod("($module, /, initval, flags=524288)")
    public static Object eventfd(ThreadState ts, Object initval, int flags) {
        long value = unsignedInt(ts, initval);
        try {
            return (long) Descriptors.eventfd((int) value, flags);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, fd)")
    public static Object eventfd_read(ThreadState ts, Object fd) {
        int n = Fs.fileDescriptor(ts, fd);
        byte[] value;
        try {
            value = Libc.read(n, 8);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        long v = 0;
        for (int i = value.length - 1; i >= 0; i--) {
            v = v << 8 | (value[i] & 0xFF);
        }
        return StatResults.unsigned(v);
    }

    @PyMethod("($module, /, fd, value)")
    public static Object eventfd_write(ThreadState ts, Object fd, Object value) {
        int n = Fs.fileDescriptor(ts, fd);
        long v = unsignedLongLong(ts, value);
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (v >>> (8 * i));
        }
        try {
            Libc.write(n, bytes);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    /** Argument Clinic's unsigned int converter. */
    private static long unsignedInt(ThreadState ts, Object o) {
        if (Convert.intValue(o) == null && Ops.type(o).lookup("__index__") == null) {
            throw PyException.typeError("an integer is required");
        }
        Object v = Convert.index(ts, o);
        if (v instanceof Long l && l < 0 || v instanceof BigInteger b && b.signum() < 0) {
            throw PyException.valueError("value must be positive");
        }
        if (!(v instanceof Long l) || l > 0xFFFF_FFFFL) {
            throw PyException.overflow("Python int too large for C unsigned int");
        }
        return l;
    }

    /** Argument Clinic's unsigned long long converter. */
    private static long unsignedLongLong(ThreadState ts, Object o) {
        if (Convert.intValue(o) == null && Ops.type(o).lookup("__index__") == null) {
            throw PyException.typeError("an integer is required");
        }
        Object v = Convert.index(ts, o);
        if (v instanceof Long l) {
            if (l < 0) {
                throw PyException.valueError("value must be positive");
            }
            return l;
        }
        BigInteger b = (BigInteger) v;
        if (b.signum() < 0) {
            throw PyException.valueError("value must be positive");
        }
        if (b.bitLength() > 64) {
            throw PyException.overflow("int too big to convert");
        }
        return b.longValue();
    }

    /**
     * lockf(3) as glibc makes it of fcntl record locks: F_LOCK waits for a write lock, F_TLOCK
     * tries one, F_ULOCK unlocks and F_TEST asks whether another process holds one, each over
     * {@code length} bytes from the current offset.
     */
    @PyMethod("($module, fd, command, length, /)")
    public static Object lockf(ThreadState ts, int fd, int command, Object length) {
        long len = Offsets.offset(ts, length);
        int seekCur = 1;
        try {
            switch (command) {
                case PosixConstants.F_LOCK -> Descriptors.fcntlLock(fd, FcntlConstants.F_SETLKW,
                        FcntlConstants.F_WRLCK, seekCur, 0, len);
                case PosixConstants.F_TLOCK -> Descriptors.fcntlLock(fd, FcntlConstants.F_SETLK,
                        FcntlConstants.F_WRLCK, seekCur, 0, len);
                case PosixConstants.F_ULOCK -> Descriptors.fcntlLock(fd, FcntlConstants.F_SETLK,
                        FcntlConstants.F_UNLCK, seekCur, 0, len);
                case PosixConstants.F_TEST -> {
                    int holder = Descriptors.fcntlLock(fd, FcntlConstants.F_GETLK, FcntlConstants.F_RDLCK, seekCur, 0, len);
                    if (holder != FcntlConstants.F_UNLCK) {
                        throw new PosixException(EACCES, "lockf");
                    }
                }
                default -> throw new PosixException(EINVAL, "lockf");
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }
}
