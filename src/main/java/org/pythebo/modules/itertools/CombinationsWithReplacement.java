package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.combinations_with_replacement(iterable, r)}: non-decreasing index tuples. */
public final class CombinationsWithReplacement extends PyIterator {
    static final PyType TYPE = Iters.type("combinations_with_replacement", CombinationsWithReplacement.class);

    public static final String __doc__ = "Return successive r-length combinations of elements in the iterable "
            + "allowing individual elements to have successive repeats.\n\n"
            + "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), "
            + "('C','C')";

    private final Object[] pool;
    private final int r;
    private final int[] indices;
    private Object[] result;
    private boolean stopped;

    private CombinationsWithReplacement(Object[] pool, int r) {
        super(TYPE);
        this.pool = pool;
        this.r = r;
        this.stopped = pool.length == 0 && r > 0;
        this.indices = new int[stopped ? 0 : r];
    }

    @PyMethod("($type, iterable, r)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable, long r) {
        Object[] pool = Ops.toArray(ts, iterable).clone();
        int size = Combinations.rArgument(r);
        if (pool.length > 0) {
            Combinations.checkAllocatable(size);
        }
        return new CombinationsWithReplacement(pool, size);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (stopped) {
            return null;
        }
        int n = pool.length;
        if (result == null) {
            result = new Object[r];
            for (int i = 0; i < r; i++) {
                result[i] = pool[0];
            }
            return PyTuple.of(result.clone());
        }
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) {
            i--;
        }
        if (i < 0) {
            stopped = true;
            return null;
        }
        int index = indices[i] + 1;
        for (int j = i; j < r; j++) {
            indices[j] = index;
            result[j] = pool[index];
        }
        return PyTuple.of(result.clone());
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        CombinationsWithReplacement c = (CombinationsWithReplacement) PyValueInstance.unwrap(self);
        synchronized (c) {
            long r = c.r;
            if (c.result == null) {
                return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.of(c.pool.clone()), r));
            }
            if (c.stopped) {
                return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.EMPTY, r));
            }
            return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.of(c.pool.clone()), r),
                    Combinations.ints(c.indices, c.r));
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        CombinationsWithReplacement c = (CombinationsWithReplacement) self;
        if (!(state instanceof PyTuple t) || t.size() != c.r) {
            throw PyException.valueError("invalid arguments");
        }
        int n = c.pool.length;
        long[] wanted = new long[c.r];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = Convert.asSsize(ts, t.get(i));
        }
        synchronized (c) {
            if (n == 0) {
                c.stopped = true;
                return;
            }
            Object[] result = new Object[c.r];
            for (int i = 0; i < c.r; i++) {
                c.indices[i] = (int) Math.max(0, Math.min(n - 1, wanted[i]));
                result[i] = c.pool[c.indices[i]];
            }
            c.result = result;
        }
    }
}
