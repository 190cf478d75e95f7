package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * {@code itertools.chain(*iterables)} and {@code chain.from_iterable(iterable)}: the items of each
 * iterable in turn. It moves on from exhausted iterables in a loop, so a long run of empty ones
 * costs no stack.
 */
public final class Chain extends PyIterator {
    static final PyType TYPE = Iters.type("chain", Chain.class);

    public static final String __doc__ = "chain(*iterables) --> chain object\n\n"
            + "Return a chain object whose .__next__() method returns elements from the\n"
            + "first iterable until it is exhausted, then elements from the next\n"
            + "iterable, until all of the iterables are exhausted.";

    /** The iterator over the iterables; null once it is exhausted. */
    private PyIterator source;
    /** The iterator of the current iterable, or null between iterables. */
    private PyIterator active;

    private Chain(PyIterator source) {
        super(TYPE);
        this.source = source;
    }

    /** chain.from_iterable(iterable). */
    static Chain of(ThreadState ts, Object iterables) {
        return new Chain(Ops.iter(ts, iterables));
    }

    @PyMethod("($type, *iterables)")
    public static Object __new__(ThreadState ts, Object cls, Object[] iterables) {
        return of(ts, PyTuple.of(iterables));
    }

    @PyMethod(value = "($type, iterable, /)",
            doc = "Alternative chain() constructor taking a single iterable argument that evaluates lazily.")
    public static Object from_iterable(ThreadState ts, Object cls, Object iterable) {
        return of(ts, iterable);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        while (true) {
            if (active == null) {
                if (source == null) {
                    return null;
                }
                Object iterable = source.next(ts);
                if (iterable == null) {
                    source = null;
                    return null;
                }
                active = Ops.iter(ts, iterable);
            }
            Object x = active.next(ts);
            if (x != null) {
                return x;
            }
            active = null;
        }
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Chain c = (Chain) PyValueInstance.unwrap(self);
        synchronized (c) {
            if (c.source == null) {
                return PyTuple.of(Ops.type(self), PyTuple.EMPTY);
            }
            Object state = c.active == null ? PyTuple.of(Iters.visible(c.source))
                    : PyTuple.of(Iters.visible(c.source), Iters.visible(c.active));
            return PyTuple.of(Ops.type(self), PyTuple.EMPTY, state);
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        PyTuple t = Iters.stateTuple(state);
        Iters.checkCount(t, 1, 2);
        Object source = t.get(0);
        Object active = t.size() == 2 ? t.get(1) : null;
        if (!isIterator(source) || (active != null && !isIterator(active))) {
            throw PyException.typeError("Arguments must be iterators.");
        }
        Chain c = (Chain) self;
        synchronized (c) {
            c.source = Ops.iter(ts, source);
            c.active = active == null ? null : Ops.iter(ts, active);
        }
    }

    /** PyIter_Check: the object has __next__. */
    static boolean isIterator(Object o) {
        return PyValueInstance.unwrap(o) instanceof PyIterator || Ops.type(o).lookup("__next__") != null;
    }

    @PyMethod(value = "($type, item, /)", seesSubclass = true, doc = "See PEP 585")
    public static Object __class_getitem__(Object cls, Object item) { return new PyGenericAlias(cls, item); }
}
