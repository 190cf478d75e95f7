package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.combinations(iterable, r)}: r-length combinations in lexicographic index order. */
public final class Combinations extends PyIterator {
    static final PyType TYPE = Iters.type("combinations", Combinations.class);

    public static final String __doc__ = "Return successive r-length combinations of elements in the iterable.\n\n"
            + "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)";

    private final Object[] pool;
    private final int r;
    private final int[] indices;
    private Object[] result;
    private boolean stopped;

    private Combinations(Object[] pool, int r) {
        super(TYPE);
        this.pool = pool;
        this.r = r;
        this.stopped = r > pool.length;
        this.indices = new int[stopped ? 0 : r];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
    }

    /**
     * The r argument of the combinatoric iterators: a non-negative ssize_t. Beyond what a Java
     * array holds it can only be larger than the pool (nothing to yield) or a MemoryError.
     */
    static int rArgument(long r) {
        if (r < 0) {
            throw PyException.valueError("r must be non-negative");
        }
        return (int) Math.min(r, Integer.MAX_VALUE - 8);
    }

    /** An array of r results that cannot be allocated is CPython's MemoryError, not a crash. */
    static void checkAllocatable(int r) {
        if (r > (1 << 26)) {
            throw PyException.of(Exc.MemoryError, "");
        }
    }

    @PyMethod("($type, iterable, r)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable, long r) {
        Object[] pool = Ops.toArray(ts, iterable).clone();
        return new Combinations(pool, rArgument(r));
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
                result[i] = pool[indices[i]];
            }
            return PyTuple.of(result.clone());
        }
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) {
            i--;
        }
        if (i < 0) {
            stopped = true;
            return null;
        }
        indices[i]++;
        for (int j = i + 1; j < r; j++) {
            indices[j] = indices[j - 1] + 1;
        }
        for (int j = i; j < r; j++) {
            result[j] = pool[indices[j]];
        }
        return PyTuple.of(result.clone());
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    static PyTuple ints(int[] a, int n) {
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = (long) a[i];
        }
        return PyTuple.of(out);
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Combinations c = (Combinations) PyValueInstance.unwrap(self);
        synchronized (c) {
            long r = c.r;
            if (c.result == null) {
                return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.of(c.pool.clone()), r));
            }
            if (c.stopped) {
                return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.EMPTY, r));
            }
            return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.of(c.pool.clone()), r), ints(c.indices, c.r));
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        Combinations c = (Combinations) self;
        if (!(state instanceof PyTuple t) || t.size() != c.r) {
            throw PyException.valueError("invalid arguments");
        }
        int n = c.pool.length;
        long[] wanted = new long[c.r];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = Convert.asSsize(ts, t.get(i));
        }
        synchronized (c) {
            if (c.r > n) {
                c.stopped = true;
                return;
            }
            Object[] result = new Object[c.r];
            for (int i = 0; i < c.r; i++) {
                long max = i + n - c.r;
                c.indices[i] = (int) Math.max(0, Math.min(max, wanted[i]));
                result[i] = c.pool[c.indices[i]];
            }
            c.result = result;
        }
    }
}
