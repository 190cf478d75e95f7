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
import org.pythebo.runtime.objects.Singleton;

/** {@code itertools.permutations(iterable, r=None)}: indices rotated by a countdown of cycles. */
public final class Permutations extends PyIterator {
    static final PyType TYPE = Iters.type("permutations", Permutations.class);

    public static final String __doc__ = "Return successive r-length permutations of elements in the iterable.\n\n"
            + "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)";

    private final Object[] pool;
    private final int r;
    private final int[] indices;
    private final int[] cycles;
    private Object[] result;
    private boolean stopped;

    private Permutations(Object[] pool, int r) {
        super(TYPE);
        int n = pool.length;
        this.pool = pool;
        this.r = r;
        this.indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        this.stopped = r > n;
        this.cycles = new int[stopped ? 0 : r];
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = n - i;
        }
    }

    @PyMethod("($type, iterable, r=None)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable, Object r) {
        Object[] pool = Ops.toArray(ts, iterable).clone();
        long rr = pool.length;
        if (r != Singleton.NONE) {
            if (Convert.intValue(r) == null) {
                throw PyException.typeError("Expected int as r");
            }
            rr = Convert.asSsize(ts, r);
        }
        return new Permutations(pool, Combinations.rArgument(rr));
    }

    private void fillResult() {
        for (int i = 0; i < r; i++) {
            result[i] = pool[indices[i]];
        }
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (stopped) {
            return null;
        }
        int n = pool.length;
        if (result == null) {
            result = new Object[r];
            fillResult();
            return PyTuple.of(result.clone());
        }
        for (int i = r - 1; i >= 0; i--) {
            if (--cycles[i] == 0) {
                int first = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = first;
                cycles[i] = n - i;
            } else {
                int j = cycles[i];
                int t = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = t;
                fillResult();
                return PyTuple.of(result.clone());
            }
        }
        stopped = true;
        return null;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Permutations p = (Permutations) PyValueInstance.unwrap(self);
        synchronized (p) {
            long r = p.r;
            if (p.result == null) {
                return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.of(p.pool.clone()), r));
            }
            if (p.stopped) {
                return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.EMPTY, r));
            }
            return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.of(p.pool.clone()), r),
                    PyTuple.of(Combinations.ints(p.indices, p.indices.length), Combinations.ints(p.cycles, p.r)));
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        Permutations p = (Permutations) self;
        int n = p.pool.length;
        PyTuple t = Iters.stateTuple(state);
        Iters.checkCount(t, 2, 2);
        if (!(t.get(0) instanceof PyTuple indices)) {
            throw PyException.typeError("argument 1 must be tuple, not " + Ops.typeName(t.get(0)));
        }
        if (!(t.get(1) instanceof PyTuple cycles)) {
            throw PyException.typeError("argument 2 must be tuple, not " + Ops.typeName(t.get(1)));
        }
        if (indices.size() != n || cycles.size() != p.r) {
            throw PyException.valueError("invalid arguments");
        }
        long[] wantedIndices = new long[n];
        for (int i = 0; i < n; i++) {
            wantedIndices[i] = Convert.asSsize(ts, indices.get(i));
        }
        long[] wantedCycles = new long[p.r];
        for (int i = 0; i < p.r; i++) {
            wantedCycles[i] = Convert.asSsize(ts, cycles.get(i));
        }
        synchronized (p) {
            if (p.r > n) {
                p.stopped = true;
                return;
            }
            for (int i = 0; i < n; i++) {
                p.indices[i] = (int) Math.max(0, Math.min(n - 1, wantedIndices[i]));
            }
            for (int i = 0; i < p.r; i++) {
                p.cycles[i] = (int) Math.max(1, Math.min(n - i, wantedCycles[i]));
            }
            p.result = new Object[p.r];
            p.fillResult();
        }
    }
}
