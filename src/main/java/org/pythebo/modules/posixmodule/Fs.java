package org.pythebo.modules.posixmodule;

import java.nio.charset.StandardCharsets;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Codecs;

/**
 * How Python objects become what the C library takes: file names as bytes in the file system
 * encoding (UTF-8 with surrogateescape, as os.fsencode), descriptors from ints or objects with
 * {@code fileno()}, and the conversions of CPython's posix module with their errors (path_t,
 * dir_fd, fildes). Shared by every module built on the C library binding.
 */
public final class Fs {
    private Fs() {}

    /** os.fsencode of a str. */
    public static byte[] encode(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Codecs.encode(s, "utf-8", "surrogateescape");
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** os.fsdecode of bytes. */
    public static String decode(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return Codecs.decode(b, "utf-8", "surrogateescape");
            }
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** A name from the C library as the caller asked for it: bytes for a bytes path, else str. */
    public static Object name(byte[] b, boolean asBytes) {
        return asBytes ? PyBytes.of(b) : decode(b);
    }

    /** The str or bytes behind a str or bytes (or an instance of a subclass), else null. */
    static Object strOrBytes(Object o) {
        if (o instanceof String || o instanceof PyBytes) {
            return o;
        }
        if (o instanceof PyValueInstance v && (v.value instanceof String || v.value instanceof PyBytes)) {
            return v.value;
        }
        return null;
    }

    /**
     * os.fspath: a str or bytes as it is, else what {@code __fspath__} returns, which must be
     * str or bytes.
     */
    public static Object fspath(ThreadState ts, Object o) {
        if (strOrBytes(o) != null) {
            return o;
        }
        Object r = fspathOrNull(ts, o);
        if (r == null) {
            throw PyException.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(o));
        }
        return r;
    }

    /** What {@code __fspath__} returns, checked; null when the type has no {@code __fspath__}. */
    private static Object fspathOrNull(ThreadState ts, Object o) {
        PyType t = Ops.type(o);
        Object method = t.lookup("__fspath__");
        if (method == null) {
            return null;
        }
        Object r = Ops.callDescr(ts, method, o, Ops.NO_ARGS);
        if (strOrBytes(r) == null) {
            throw PyException.typeError("expected " + t.name + ".__fspath__() to return str or bytes, not "
                    + Ops.typeName(r));
        }
        return r;
    }

    /** PyUnicode_FSConverter: str, bytes or os.PathLike to the bytes of the name. */
    public static byte[] fsConverter(ThreadState ts, Object o) {
        Object v = strOrBytes(fspath(ts, o));
        byte[] b = v instanceof String s ? encode(s) : ((PyBytes) v).value();
        for (byte x : b) {
            if (x == 0) {
                throw PyException.valueError("embedded null byte");
            }
        }
        return b;
    }

    /**
     * A path argument as CPython's path_t holds it: the bytes to pass (null when it is a
     * descriptor), the descriptor, the object errors name as the file name, and whether results
     * should be bytes.
     */
    public record PathArg(Object object, byte[] bytes, int fd, boolean narrow) {
        /** Whether the argument was a descriptor rather than a name. */
        public boolean isFd() {
            return bytes == null;
        }
    }

    /** The path_t a None argument stands for where it is allowed (listdir, scandir): ".". */
    static final PathArg CURRENT_DIRECTORY = new PathArg(Singleton.NONE, new byte[] {'.'}, -1, false);

    /**
     * CPython's path_converter for the parameter {@code argument} of {@code function}: str (encoded
     * as os.fsencode does), bytes, a bytes-like object, an os.PathLike, an int when
     * {@code allowFd}, None when {@code nullable} (as "."), with CPython's errors.
     */
    public static PathArg path(ThreadState ts, Object o, String function, String argument, boolean nullable,
            boolean allowFd) {
        if (o instanceof String s) {
            return new PathArg(s, checkedName(encode(s), s, function), -1, false);
        }
        if (o instanceof PyBytes b) {
            return new PathArg(b, checkedName(b.value(), b, function), -1, true);
        }
        if (o == Singleton.NONE && nullable) {
            return CURRENT_DIRECTORY;
        }
        if (allowFd && (Convert.intValue(o) != null || Ops.type(o).lookup("__index__") != null)) {
            return new PathArg(o, null, fd(ts, o), false);
        }
        Object v = strOrBytes(o);
        if (v == null) {
            v = fspathOrNull(ts, o);
            if (v != null) {
                v = strOrBytes(v);
            }
        }
        if (v instanceof String s) {
            return new PathArg(s, checkedName(encode(s), s, function), -1, false);
        }
        if (v instanceof PyBytes b) {
            return new PathArg(b, checkedName(b.value(), b, function), -1, true);
        }
        PyBuffer buffer = Convert.bufferOrNull(o);
        if (buffer != null) {
            // CPython still takes other bytes-like objects (with a DeprecationWarning) and names them as given.
            return new PathArg(o, checkedName(buffer.toArray(), o, function), -1, true);
        }
        throw PyException.typeError(function + ": " + argument + " should be " + kinds(nullable, allowFd) + ", not "
                + Ops.typeName(o));
    }

    private static String kinds(boolean nullable, boolean allowFd) {
        if (allowFd && nullable) {
            return "string, bytes, os.PathLike, integer or None";
        }
        if (allowFd) {
            return "string, bytes, os.PathLike or integer";
        }
        return nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
    }

    /** A NUL in a name: str names fail as os.fsencode does, bytes names with the function's name. */
    private static byte[] checkedName(byte[] b, Object given, String function) {
        for (byte x : b) {
            if (x == 0) {
                throw PyException.valueError(given instanceof String ? "embedded null byte"
                        : function + ": embedded null character in path");
            }
        }
        return b;
    }

    /** CPython's _fd_converter: an index that fits a C int, with its own overflow messages. */
    static int fd(ThreadState ts, Object o) {
        Object v = Convert.index(ts, o);
        if (v instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        boolean negative = v instanceof Long l ? l < 0 : ((java.math.BigInteger) v).signum() < 0;
        throw PyException.overflow(negative ? "fd is less than minimum" : "fd is greater than maximum");
    }

    /** The dir_fd meaning "relative to the current directory". */
    public static final int AT_FDCWD = org.pythebo.modules.posix.Libc.AT_FDCWD;

    /** CPython's dir_fd_converter: None for the current directory, else an int. */
    static int dirFd(ThreadState ts, Object o) {
        if (o == Singleton.NONE) {
            return AT_FDCWD;
        }
        if (Convert.intValue(o) != null || Ops.type(o).lookup("__index__") != null) {
            return fd(ts, o);
        }
        throw PyException.typeError("argument should be integer or None, not " + Ops.typeName(o));
    }

    /**
     * PyObject_AsFileDescriptor: an int, or what the object's {@code fileno()} returns; never
     * negative.
     */
    public static int fileDescriptor(ThreadState ts, Object o) {
        Object n;
        if (Convert.intValue(o) != null) {
            n = o;
        } else {
            Object fileno = Ops.lookupAttr(ts, o, "fileno");
            if (fileno == null) {
                throw PyException.typeError("argument must be an int, or have a fileno() method.");
            }
            n = Ops.call(ts, fileno);
            if (Convert.intValue(n) == null) {
                throw PyException.typeError("fileno() returned a non-integer");
            }
        }
        int fd = Convert.asInt(ts, n);
        if (fd < 0) {
            throw PyException.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    /**
     * PySequence_Fast: the items of any iterable, with {@code message} as the TypeError of an
     * object that is not one.
     */
    public static Object[] sequenceItems(ThreadState ts, Object o, String message) {
        if (o instanceof PyTuple || o instanceof PyList) {
            return Ops.toArray(ts, o);
        }
        PyIterator it;
        try {
            it = Ops.iter(ts, o);
        } catch (PyException e) {
            if (e.exc.matches(Exc.TypeError)) {
                throw PyException.typeError(message);
            }
            throw e;
        }
        return Ops.toArray(ts, it);
    }

    /** PySequence_Check: an object with {@code __getitem__} that is not a dict. */
    public static boolean isSequence(Object o) {
        Object v = PyValueInstance.unwrap(o);
        if (v instanceof PyTuple || v instanceof PyList || v instanceof String || v instanceof PyBytes) {
            return true;
        }
        return !(v instanceof PyDict) && Ops.type(o).lookup("__getitem__") != null;
    }
}
