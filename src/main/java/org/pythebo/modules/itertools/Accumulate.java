package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/** {@code itertools.accumulate(iterable, func=None, *, initial=None)}: running totals. */
public final class Accumulate extends PyIterator {
    static final PyType TYPE = Iters.type("accumulate", Accumulate.class);

    public static final String __doc__ = "Return series of accumulated sums (or other binary function results).";

    private final PyIterator it;
    private final Object func;
    /** The total so far; null before the first item. */
    private Object total;
    /** The initial value still to be yielded, or None. */
    private Object initial;

    private Accumulate(PyIterator it, Object func, Object initial) {
        super(TYPE);
        this.it = it;
        this.func = func;
        this.initial = initial;
    }

    @PyMethod("($type, iterable, func=None, *, initial=None)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable, Object func, Object initial) {
        return new Accumulate(Ops.iter(ts, iterable), func, initial);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (initial != Singleton.NONE) {
            total = initial;
            initial = Singleton.NONE;
            return total;
        }
        Object v = it.next(ts);
        if (v == null) {
            return null;
        }
        if (total == null) {
            total = v;
        } else {
            total = func == Singleton.NONE ? Arith.add(ts, total, v) : Ops.call(ts, func, total, v);
        }
        return total;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    /**
     * {@code (type, (it, func), total)}; an initial value not yet yielded goes back in front of
     * the iterator with a chain, and a total that is None (which the state cannot carry) by
     * skipping it again with an islice.
     */
    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(ThreadState ts, Object self) {
        Accumulate a = (Accumulate) PyValueInstance.unwrap(self);
        synchronized (a) {
            Object it = Iters.visible(a.it);
            if (a.initial != Singleton.NONE) {
                Object chained = Chain.of(ts, PyTuple.of(PyTuple.of(a.initial), it));
                return PyTuple.of(Ops.type(self), PyTuple.of(chained, a.func), Singleton.NONE);
            }
            if (a.total == Singleton.NONE) {
                Object chained = Chain.of(ts, PyTuple.of(PyTuple.of(a.total), it));
                Object sliced = ISlice.of(ts, chained, 1, -1, 1);
                return PyTuple.of(Ops.type(self), PyTuple.of(sliced, a.func), Singleton.NONE);
            }
            return PyTuple.of(Ops.type(self), PyTuple.of(it, a.func), a.total == null ? Singleton.NONE : a.total);
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(Object self, Object state) {
        Accumulate a = (Accumulate) self;
        synchronized (a) {
            a.total = state;
        }
    }
}
