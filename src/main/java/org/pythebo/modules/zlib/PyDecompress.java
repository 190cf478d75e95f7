package org.pythebo.modules.zlib;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code zlib.Decompress}, made by decompressobj(). Each call locks the object; the attributes
 * are volatile, so reading them takes no lock.
 */
public final class PyDecompress extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("zlib.Decompress", PyType.OBJECT, PyDecompress.class,
            PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "zlib");
    }

    private final Inflating stream;
    private volatile PyBytes unusedData = PyBytes.EMPTY;
    private volatile PyBytes unconsumedTail = PyBytes.EMPTY;
    private volatile boolean eof;
    /** flush() reached the end: zlib's stream is freed, as CPython frees it. */
    private boolean closed;

    PyDecompress(Inflating stream) {
        this.stream = stream;
    }

    @Override
    public PyType type() { return TYPE; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        throw PyException.typeError("cannot create 'zlib.Decompress' instances");
    }

    @PyGetter("unused_data")
    public static Object unused_data(Object self) { return ((PyDecompress) self).unusedData; }

    @PyGetter("unconsumed_tail")
    public static Object unconsumed_tail(Object self) { return ((PyDecompress) self).unconsumedTail; }

    @PyGetter("eof")
    public static Object eof(Object self) { return ((PyDecompress) self).eof; }

    private static PyBytes concat(PyBytes a, byte[] b, int off, int len) {
        if (len == 0) {
            return a;
        }
        byte[] r = java.util.Arrays.copyOf(a.value(), a.size() + len);
        System.arraycopy(b, off, r, a.size(), len);
        return PyBytes.of(r);
    }

    @PyMethod("($self, data, /, max_length=0)")
    public static Object decompress(Object self, PyBuffer data, long max_length) {
        if (max_length < 0) {
            throw PyException.valueError("max_length must be non-negative");
        }
        PyDecompress d = (PyDecompress) self;
        // The stream may keep the array for copy(): only an array nothing else changes.
        byte[] in = data.toArrayShared();
        synchronized (d) {
            if (d.closed) {
                throw ZlibModule.error(ZlibModule.Z_STREAM_ERROR, "while decompressing data",
                        ZlibModule.codeMessage(ZlibModule.Z_STREAM_ERROR));
            }
            return PyBytes.of(d.run(in, max_length == 0 ? Long.MAX_VALUE : max_length, "while decompressing data"));
        }
    }

    /** One call of the stream, then unused_data, unconsumed_tail and eof as CPython leaves them. */
    private byte[] run(byte[] in, long limit, String doing) {
        if (stream.atEnd()) {
            unusedData = concat(unusedData, in, 0, in.length);
            return new byte[0];
        }
        byte[] out = stream.run(in, 0, in.length, limit, doing);
        int used = stream.consumed;
        if (stream.atEnd()) {
            unusedData = concat(unusedData, in, used, in.length - used);
            unconsumedTail = PyBytes.EMPTY;
            eof = true;
        } else {
            unconsumedTail = used == in.length ? PyBytes.EMPTY
                    : PyBytes.of(java.util.Arrays.copyOfRange(in, used, in.length));
        }
        return out;
    }

    @PyMethod("($self, length=16384, /)")
    public static Object flush(Object self, long length) {
        if (length <= 0) {
            throw PyException.valueError("length must be greater than zero");
        }
        PyDecompress d = (PyDecompress) self;
        synchronized (d) {
            if (d.closed) {
                return PyBytes.EMPTY;
            }
            byte[] out = d.run(d.unconsumedTail.value(), Long.MAX_VALUE, "while flushing");
            if (d.eof) {
                d.closed = true;
            }
            return PyBytes.of(out);
        }
    }

    @PyMethod("($self, /)")
    public static Object copy(Object self) {
        PyDecompress d = (PyDecompress) self;
        synchronized (d) {
            if (d.closed) {
                throw PyException.valueError("Inconsistent stream state");
            }
            Inflating copy = d.stream.copy();
            if (copy == null) {
                throw PyException.of(Exc.NotImplementedError, "cannot copy a decompressor that has taken more than "
                        + Deflating.REPLAY_LIMIT + " bytes (the JDK's Inflater has no copy)");
            }
            PyDecompress c = new PyDecompress(copy);
            c.unusedData = d.unusedData;
            c.unconsumedTail = d.unconsumedTail;
            c.eof = d.eof;
            return c;
        }
    }

    @PyMethod("($self, /)")
    public static Object __copy__(Object self) {
        return copy(self);
    }

    @PyMethod("($self, memo, /)")
    public static Object __deepcopy__(Object self, Object memo) {
        return copy(self);
    }
}
