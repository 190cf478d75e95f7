package org.pythebo.modules.zlib;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/** {@code zlib.Compress}, made by compressobj(). Each call locks the object, as CPython's lock does. */
public final class PyCompress extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("zlib.Compress", PyType.OBJECT, PyCompress.class, PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "zlib");
    }

    private Deflating stream;

    PyCompress(Deflating stream) {
        this.stream = stream;
    }

    @Override
    public PyType type() { return TYPE; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        throw PyException.typeError("cannot create 'zlib.Compress' instances");
    }

    @PyMethod("($self, data, /)")
    public static Object compress(Object self, PyBuffer data) {
        PyCompress c = (PyCompress) self;
        // The stream may keep the array for copy(): only an array nothing else changes.
        byte[] input = data.toArrayShared();
        synchronized (c) {
            return PyBytes.of(c.stream.compress(input));
        }
    }

    @PyMethod("($self, mode=4, /)")
    public static Object flush(Object self, int mode) {
        PyCompress c = (PyCompress) self;
        synchronized (c) {
            return PyBytes.of(c.stream.flush(mode));
        }
    }

    @PyMethod("($self, /)")
    public static Object copy(Object self) {
        PyCompress c = (PyCompress) self;
        synchronized (c) {
            if (c.stream.ended()) {
                throw PyException.valueError("Inconsistent stream state");
            }
            Deflating copy = c.stream.copy();
            if (copy == null) {
                throw PyException.of(Exc.NotImplementedError, "cannot copy a compressor that has taken more than "
                        + Deflating.REPLAY_LIMIT + " bytes (the JDK's Deflater has no copy)");
            }
            return new PyCompress(copy);
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
