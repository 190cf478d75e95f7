package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/** {@code itertools.pairwise(iterable)}: overlapping pairs. Not picklable, as in CPython 3.11. */
public final class Pairwise extends PyIterator {
    static final PyType TYPE = Iters.type("pairwise", Pairwise.class);

    public static final String __doc__ = "Return an iterator of overlapping pairs taken from the input iterator.\n\n"
            + "    s -> (s0,s1), (s1,s2), (s2, s3), ...";

    /** The source, null once exhausted. */
    private PyIterator it;
    /** The item before the next one, null before the first. */
    private Object old;

    private Pairwise(PyIterator it) {
        super(TYPE);
        this.it = it;
    }

    @PyMethod("($type, iterable, /)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable) {
        return new Pairwise(Ops.iter(ts, iterable));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (it == null) {
            return null;
        }
        if (old == null) {
            old = it.next(ts);
            if (old == null) {
                it = null;
                return null;
            }
        }
        Object next = it.next(ts);
        if (next == null) {
            it = null;
            old = null;
            return null;
        }
        PyTuple pair = PyTuple.of(old, next);
        old = next;
        return pair;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }
}
