package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyMethod;

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
        long st = step == Singleton.NONE ? 1 : Ops.index(step);
        if (st == 0) {
            throw PyException.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (start == Singleton.NONE) {
            lo = st < 0 ? len - 1 : 0;
        } else {
            lo = Ops.index(start);
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
            hi = Ops.index(stop);
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
            default -> throw PyException.typeError("slice expected at least 1 argument, got " + args.length);
        };
    }
}
