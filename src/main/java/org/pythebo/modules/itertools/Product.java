package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.product(*iterables, repeat=1)}: an odometer over the pools' indices. */
public final class Product extends PyIterator {
    static final PyType TYPE = Iters.type("product", Product.class);

    public static final String __doc__ = "product(*iterables, repeat=1) --> product object\n\n"
            + "Cartesian product of input iterables.  Equivalent to nested for-loops.\n\n"
            + "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
            + "The leftmost iterators are in the outermost for-loop, so the output tuples\n"
            + "cycle in a manner similar to an odometer (with the rightmost element changing\n"
            + "on every iteration).\n\n"
            + "To compute the product of an iterable with itself, specify the number\n"
            + "of repetitions with the optional repeat keyword argument. For example,\n"
            + "product(A, repeat=4) means the same as product(A, A, A, A).\n\n"
            + "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n"
            + "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...";

    private final Object[][] pools;
    private final int[] indices;
    /** The last result's items; null before the first. */
    private Object[] result;
    private boolean stopped;

    private Product(Object[][] pools) {
        super(TYPE);
        this.pools = pools;
        this.indices = new int[pools.length];
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        long repeat = 1;
        if (kwargs.size() > 0) {
            if (kwargs.size() > 1) {
                throw PyException.typeError("product() takes at most 1 keyword argument (" + kwargs.size() + " given)");
            }
            Object r = kwargs.get(ts, "repeat");
            if (r == null) {
                throw PyException.typeError("'" + kwargs.keys()[0] + "' is an invalid keyword argument for product()");
            }
            repeat = Convert.asSsize(ts, r);
            if (repeat < 0) {
                throw PyException.valueError("repeat argument cannot be negative");
            }
        }
        if (repeat != 0 && args.length > Long.MAX_VALUE / repeat) {
            throw PyException.overflow("repeat argument too large");
        }
        long n = args.length * repeat;
        if (n > Integer.MAX_VALUE - 8) {
            throw PyException.overflow("repeat argument too large");
        }
        Object[][] given = new Object[args.length][];
        for (int i = 0; i < args.length; i++) {
            given[i] = Ops.toArray(ts, args[i]).clone();
        }
        Object[][] pools = new Object[(int) n][];
        for (int i = 0; i < n; i++) {
            pools[i] = given[i % args.length];
        }
        return new Product(pools);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (stopped) {
            return null;
        }
        int n = pools.length;
        if (result == null) {
            result = new Object[n];
            for (int i = 0; i < n; i++) {
                if (pools[i].length == 0) {
                    stopped = true;
                    return null;
                }
                result[i] = pools[i][0];
            }
            return PyTuple.of(result.clone());
        }
        for (int i = n - 1; i >= 0; i--) {
            Object[] pool = pools[i];
            if (++indices[i] < pool.length) {
                result[i] = pool[indices[i]];
                return PyTuple.of(result.clone());
            }
            indices[i] = 0;
            result[i] = pool[0];
        }
        stopped = true;
        return null;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    private PyTuple poolTuples() {
        Object[] out = new Object[pools.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyTuple.of(pools[i].clone());
        }
        return PyTuple.of(out);
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Product p = (Product) PyValueInstance.unwrap(self);
        synchronized (p) {
            if (p.stopped) {
                return PyTuple.of(Ops.type(self), PyTuple.of(PyTuple.EMPTY));
            }
            if (p.result == null) {
                return PyTuple.of(Ops.type(self), p.poolTuples());
            }
            Object[] idx = new Object[p.indices.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = (long) p.indices[i];
            }
            return PyTuple.of(Ops.type(self), p.poolTuples(), PyTuple.of(idx));
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        Product p = (Product) self;
        if (!(state instanceof PyTuple t) || t.size() != p.pools.length) {
            throw PyException.valueError("invalid arguments");
        }
        long[] wanted = new long[t.size()];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = Convert.asSsize(ts, t.get(i));
        }
        synchronized (p) {
            Object[] result = new Object[p.pools.length];
            for (int i = 0; i < wanted.length; i++) {
                int size = p.pools[i].length;
                if (size == 0) {
                    p.stopped = true;
                    return;
                }
                p.indices[i] = (int) Math.max(0, Math.min(size - 1, wanted[i]));
                result[i] = p.pools[i][p.indices[i]];
            }
            p.result = result;
        }
    }
}
