package org.pythebo.modules.array;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code array.arrayiterator}: reads the array as it is at each step (an item appended during
 * the iteration is seen). Threads sharing one claim each position by compare-and-set.
 */
final class PyArrayIterator extends PyIterator {
    static final PyType TYPE = PyType.newBuiltin("array.arrayiterator", PyType.ITERATOR, PyArrayIterator.class,
            PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__module__", "array");
    }

    private static final VarHandle INDEX = indexHandle(MethodHandles.lookup(), PyArrayIterator.class);

    private final PyArray array;
    private volatile int index;
    /** Set once the iterator has run out, so that later appends are not seen (as CPython drops its array). */
    private volatile boolean exhausted;

    PyArrayIterator(PyArray array) {
        super(TYPE);
        this.array = array;
    }

    @Override
    public Object next(ThreadState ts) {
        if (exhausted) {
            return null;
        }
        while (true) {
            int k = claim(INDEX, this, array.length());
            if (k < 0) {
                exhausted = true;
                return null;
            }
            Object v = PyArray.getOrNull(array, k);
            if (v != null) {
                return v;
            }
        }
    }

    @PyMethod("($self, /)")
    public static Object __reduce__(ThreadState ts, Object self) {
        PyArrayIterator it = (PyArrayIterator) self;
        Object iter = Ops.getAttr(ts, ts.interp.builtinsModule, "iter");
        if (it.exhausted) {
            return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
        }
        return PyTuple.of(iter, PyTuple.of(it.array), (long) it.index);
    }

    @PyMethod("($self, state, /)")
    public static void __setstate__(Object self, Object state) {
        PyArrayIterator it = (PyArrayIterator) self;
        long i = Convert.asSsize(null, state);
        int n = it.array.length();
        it.index = (int) Math.max(0, Math.min(i, n));
    }
}
