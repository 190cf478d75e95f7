package org.pythebo.modules._io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.OSErrors;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * What the I/O classes share: io.UnsupportedOperation, OSErrors with their errno, the argument
 * conversions of CPython's _io (sizes that may be None, bytes-like and writable buffers) and
 * the closed-file checks.
 */
final class Io {
    private Io() {}

    static final int DEFAULT_BUFFER_SIZE = 8192;

    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
    static final PyType UNSUPPORTED = unsupportedType();

    private static PyType unsupportedType() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "io");
        return new PyType(PyType.TYPE, "UnsupportedOperation", new PyType[] {Exc.OSError, Exc.ValueError}, ns);
    }

    static PyException unsupported(String what) {
        return PyException.of(UNSUPPORTED, what);
    }

    static PyException closedFile() {
        return PyException.valueError("I/O operation on closed file.");
    }

    static PyException uninitialized() {
        return PyException.valueError("I/O operation on uninitialized object");
    }

    /** An OSError of the subclass its errno selects, with CPython's args and attributes. */
    static PyException osError(int errno, String strerror, Object filename) {
        return OSErrors.of(errno, strerror, filename);
    }

    /** The Linux errno numbers of the failures Java reports by message. */
    private static final String[][] STRERRORS = {
        {"2", "No such file or directory"}, {"13", "Permission denied"}, {"17", "File exists"},
        {"20", "Not a directory"}, {"21", "Is a directory"}, {"22", "Invalid argument"},
        {"9", "Bad file descriptor"}, {"28", "No space left on device"}, {"30", "Read-only file system"},
        {"36", "File name too long"}, {"40", "Too many levels of symbolic links"}, {"24", "Too many open files"},
        {"26", "Text file busy"}, {"32", "Broken pipe"}, {"6", "No such device or address"},
        {"1", "Operation not permitted"}, {"27", "File too large"}, {"19", "No such device"},
        {"29", "Illegal seek"}, {"11", "Resource temporarily unavailable"},
    };

    /** A Java I/O failure as the OSError CPython raises for the same errno. */
    static PyException fromIOException(IOException e, Object filename) {
        if (e instanceof NoSuchFileException) {
            return osError(2, "No such file or directory", filename);
        }
        if (e instanceof AccessDeniedException) {
            return osError(13, "Permission denied", filename);
        }
        if (e instanceof FileAlreadyExistsException) {
            return osError(17, "File exists", filename);
        }
        if (e instanceof NotDirectoryException) {
            return osError(20, "Not a directory", filename);
        }
        if (e instanceof java.nio.channels.ClosedChannelException) {
            return osError(9, "Bad file descriptor", filename);
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason != null) {
            for (String[] s : STRERRORS) {
                if (reason.contains(s[1])) {
                    return osError(Integer.parseInt(s[0]), s[1], filename);
                }
            }
        }
        return osError(5, "Input/output error", filename);
    }

    // ---- argument conversions ----

    /** CPython's _Py_convert_optional_to_ssize_t: an int, or None for -1. */
    static long sizeArg(ThreadState ts, Object size) {
        if (size == Singleton.NONE) {
            return -1;
        }
        if (size instanceof Long l) {
            return l;
        }
        if (Convert.intValue(size) != null || Ops.type(size).lookup("__index__") != null) {
            return Convert.asSsize(ts, size);
        }
        throw PyException.typeError("argument should be integer or None, not '" + Ops.typeName(size) + "'");
    }

    /** The bytes of a bytes-like argument (a copy only where the exporter may change them). */
    static byte[] bytesArg(Object data) {
        PyBuffer b = Convert.bufferOrNull(data);
        if (b == null) {
            throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(data) + "'");
        }
        return b.toArrayShared();
    }

    /** A writable bytes-like argument of readinto and friends, or CPython's TypeError. */
    static PyBuffer writableArg(Object buffer, String function) {
        PyBuffer b = Convert.bufferOrNull(buffer);
        if (b == null || b.readonly()) {
            throw PyException.typeError(function + "() argument must be read-write bytes-like object, not "
                    + Ops.typeName(buffer));
        }
        return b;
    }

    /**
     * {@code obj.name(*args)} as CPython's PyObject_CallMethod: the attribute as getattr finds
     * it (an instance's own, a module's function), then a call.
     */
    static Object callMethod(ThreadState ts, Object obj, String name, Object... args) {
        return Ops.call(ts, Ops.getAttr(ts, obj, name), args);
    }

    /** An attribute, or null when getting it raises AttributeError (CPython's _PyObject_LookupAttr). */
    static Object attrOrNull(ThreadState ts, Object obj, String name) {
        try {
            return Ops.lookupAttr(ts, obj, name);
        } catch (PyException e) {
            if (e.exc.matches(Exc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** The length of a sized object's result (a line read), as PyObject_Size. */
    static long length(ThreadState ts, Object o) {
        if (o instanceof PyBytes b) {
            return b.size();
        }
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        return Ops.len(ts, o);
    }
}
