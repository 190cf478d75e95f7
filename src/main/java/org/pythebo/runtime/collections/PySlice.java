package org.pythebo.runtime.collections;

import java.math.BigInteger;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** slice(start, stop, step). */
public final class PySlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return PyType.SLICE; }

    /** start, stop, step and length for a sequence of {@code len} items, as PySlice_AdjustIndices. */
    public long[] indices(long len) {
        long st = step == Singleton.NONE ? 1 : Math.max(Convert.sliceIndex(null, step), -Long.MAX_VALUE);
        if (st == 0) {
            throw PyException.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (start == Singleton.NONE) {
            lo = st < 0 ? len - 1 : 0;
        } else {
            lo = Convert.sliceIndex(null, start);
            if (lo < 0) {
                lo += len;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= len) {
                lo = st < 0 ? len - 1 : len;
            }
        }
        if (stop == Singleton.NONE) {
            hi = st < 0 ? -1 : len;
        } else {
            hi = Convert.sliceIndex(null, stop);
            if (hi < 0) {
                hi += len;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= len) {
                hi = st < 0 ? len - 1 : len;
            }
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }

    /** start, stop, step clamped for a sequence of {@code len} items, in big ints (_PySlice_GetLongIndices). */
    BigInteger[] bigIndices(BigInteger len) {
        BigInteger one = BigInteger.ONE;
        BigInteger st = step == Singleton.NONE ? one : index(step);
        if (st.signum() == 0) {
            throw PyException.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? one.negate() : BigInteger.ZERO;
        BigInteger upper = back ? len.subtract(one) : len;
        BigInteger lo = clamp(start, back ? upper : lower, len, lower, upper);
        BigInteger hi = clamp(stop, back ? lower : upper, len, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger clamp(Object v, BigInteger dflt, BigInteger len,
                                              BigInteger lower, BigInteger upper) {
        if (v == Singleton.NONE) {
            return dflt;
        }
        BigInteger x = index(v);
        if (x.signum() < 0) {
            x = x.add(len);
            return x.compareTo(lower) < 0 ? lower : x;
        }
        return x.compareTo(upper) > 0 ? upper : x;
    }

    private static BigInteger index(Object o) {
        if (Convert.intValue(o) == null && Ops.type(o).lookup("__index__") == null) {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Arith.big(Convert.index(null, o));
    }

    @PyAttrs.PyGetter("start")
    public static Object getStart(Object self) { return ((PySlice) self).start; }

    @PyAttrs.PyGetter("stop")
    public static Object getStop(Object self) { return ((PySlice) self).stop; }

    @PyAttrs.PyGetter("step")
    public static Object getStep(Object self) { return ((PySlice) self).step; }

    @PyMethod("($self, length, /)")
    public static Object indices(Object self, Object length) {
        long n = Ops.index(length);
        if (n < 0) {
            throw PyException.valueError("length should not be negative");
        }
        long[] ix = ((PySlice) self).indices(n);
        return PyTuple.of(ix[0], ix[1], ix[2]);
    }

    @PyMethod("($type, *args)")
    public static Object __new__(Object cls, Object[] args) {
        return switch (args.length) {
            case 1 -> new PySlice(Singleton.NONE, args[0], Singleton.NONE);
            case 2 -> new PySlice(args[0], args[1], Singleton.NONE);
            case 3 -> new PySlice(args[0], args[1], args[2]);
            case 0 -> throw PyException.typeError("slice expected at least 1 argument, got 0");
            default -> throw PyException.typeError("slice expected at most 3 arguments, got " + args.length);
        };
    }

    @PyMethod(value = "($self, /)", doc = "Return state information for pickling.")
    public static Object __reduce__(Object self) {
        PySlice s = (PySlice) self;
        return PyTuple.of(PyType.SLICE, PyTuple.of(s.start, s.stop, s.step));
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PySlice s = (PySlice) self;
        return "slice(" + Ops.repr(ts, s.start) + ", " + Ops.repr(ts, s.stop) + ", " + Ops.repr(ts, s.step) + ")";
    }

    /** Slices are unhashable in 3.11. */
    @PyMethod("($self, /)")
    public static Object __hash__(Object self) {
        throw PyException.typeError("unhashable type: 'slice'");
    }

    /** Slices compare as the tuples (start, stop, step). */
    private static Object compare(ThreadState ts, Object self, Object other, int op) {
        if (!(other instanceof PySlice o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        PySlice s = (PySlice) self;
        return Compare.richCompare(ts, PyTuple.of(s.start, s.stop, s.step), PyTuple.of(o.start, o.stop, o.step), op);
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.EQ); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.NE); }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LT); }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LE); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GT); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GE); }
}
