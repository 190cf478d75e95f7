package org.pythebo.modules;

import java.math.BigInteger;

import org.pythebo.modules.posix.Descriptors;
import org.pythebo.modules.posix.FcntlConstants;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * The {@code fcntl} module: fcntl, ioctl, flock and lockf on descriptors (or objects with
 * {@code fileno()}), with an integer argument or a buffer of at most 1024 bytes copied in and
 * out, as CPython passes them.
 */
public final class FcntlModule {
    private FcntlModule() {}

    private static final int BUFFER_LIMIT = Descriptors.FCNTL_BUFFER_LIMIT;

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("fcntl", null, FcntlModule.class);
        FcntlConstants.TABLE.forEach(module.globals::put);
        return module;
    }

    /** The bytes of a str (UTF-8) or of a read-only bytes-like object, as the "s#" format takes them; else null. */
    private static byte[] readOnlyBytes(Object arg) {
        Object v = arg instanceof PyValueInstance pv ? pv.value : arg;
        if (v instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        PyBuffer b = Convert.bufferOrNull(arg);
        return b != null && b.readonly() ? b.toArray() : null;
    }

    /** The unsigned int an integer argument is masked to. */
    private static long unsignedIntMask(ThreadState ts, Object o) {
        Object v = Convert.index(ts, o);
        long l = v instanceof Long n ? n : ((BigInteger) v).longValue();
        return l & 0xFFFF_FFFFL;
    }

    @PyMethod("($module, fd, cmd, arg=0, /)")
    public static Object fcntl(ThreadState ts, Object fd, int cmd, Object arg) {
        int n = Fs.fileDescriptor(ts, fd);
        byte[] bytes = readOnlyBytes(arg);
        try {
            if (bytes != null) {
                if (bytes.length > BUFFER_LIMIT) {
                    throw PyException.valueError("fcntl string arg too long");
                }
                return PyBytes.of(Descriptors.fcntl(n, cmd, bytes));
            }
            return (long) Descriptors.fcntl(n, cmd, unsignedIntMask(ts, arg));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, request, arg=0, mutate_flag=True, /)")
    public static Object ioctl(ThreadState ts, Object fd, Object request, Object arg, boolean mutateFlag) {
        int n = Fs.fileDescriptor(ts, fd);
        Object r = Convert.index(ts, request);
        long code = r instanceof Long l ? l : ((BigInteger) r).longValue();
        PyBuffer buffer = Convert.bufferOrNull(arg);
        try {
            if (buffer != null && !buffer.readonly()) {
                byte[] copy = buffer.toArray();
                if (mutateFlag) {
                    int result = Descriptors.ioctl(n, code, copy);
                    System.arraycopy(copy, 0, buffer.array(), buffer.offset(), copy.length);
                    return (long) result;
                }
                if (copy.length > BUFFER_LIMIT) {
                    throw PyException.valueError("ioctl string arg too long");
                }
                Descriptors.ioctl(n, code, copy);
                return PyBytes.of(copy);
            }
            byte[] bytes = readOnlyBytes(arg);
            if (bytes != null) {
                if (bytes.length > BUFFER_LIMIT) {
                    throw PyException.valueError("ioctl string arg too long");
                }
                Descriptors.ioctl(n, code, bytes);
                return PyBytes.of(bytes);
            }
            return (long) Descriptors.ioctl(n, code, Convert.asInt(ts, arg));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, fd, operation, /)")
    public static Object flock(ThreadState ts, Object fd, int operation) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Descriptors.flock(n, operation);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    /** lockf as CPython makes it of fcntl record locks: LOCK_UN, LOCK_SH or LOCK_EX, waiting unless LOCK_NB. */
    @PyMethod("($module, fd, cmd, len=0, start=0, whence=0, /)")
    public static Object lockf(ThreadState ts, Object fd, int cmd, Object len, Object start, int whence) {
        int n = Fs.fileDescriptor(ts, fd);
        int type;
        if (cmd == FcntlConstants.LOCK_UN) {
            type = FcntlConstants.F_UNLCK;
        } else if ((cmd & FcntlConstants.LOCK_SH) != 0) {
            type = FcntlConstants.F_RDLCK;
        } else if ((cmd & FcntlConstants.LOCK_EX) != 0) {
            type = FcntlConstants.F_WRLCK;
        } else {
            throw PyException.valueError("unrecognized lockf argument");
        }
        long length = Convert.asLong(ts, len);
        long offset = Convert.asLong(ts, start);
        int command = (cmd & FcntlConstants.LOCK_NB) != 0 ? FcntlConstants.F_SETLK : FcntlConstants.F_SETLKW;
        try {
            Descriptors.fcntlLock(n, command, type, whence, offset, length);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }
}
