package org.pythebo.modules._struct;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code _struct.unpack_iterator}: the records of a buffer one after the other. Threads sharing
 * one claim each record by compare-and-set, so every record is returned once. The bytes are
 * taken when the iterator is made (shared for bytes, copied for mutable buffers).
 */
final class PyUnpackIterator extends PyIterator {
    static final PyType TYPE = PyType.newBuiltin("_struct.unpack_iterator", PyType.ITERATOR, PyUnpackIterator.class,
            PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "_struct");
    }

    private static final VarHandle INDEX = indexHandle(MethodHandles.lookup(), PyUnpackIterator.class);

    private final StructFormat format;
    private final byte[] bytes;
    private final int records;
    private volatile int index;

    PyUnpackIterator(StructFormat format, byte[] bytes) {
        super(TYPE);
        this.format = format;
        this.bytes = bytes;
        this.records = (int) (bytes.length / format.size);
    }

    @Override
    public Object next(ThreadState ts) {
        int k = claim(INDEX, this, records);
        return k < 0 ? null : PyTuple.of(format.unpack(bytes, k * (int) format.size));
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, org.pythebo.runtime.collections.PyDict kwargs) {
        throw PyException.typeError("Cannot create 'unpack_iterator objects");
    }

    @PyMethod("($self, /)")
    public static Object __length_hint__(Object self) {
        PyUnpackIterator it = (PyUnpackIterator) self;
        return (long) Math.max(0, it.records - it.index);
    }
}
