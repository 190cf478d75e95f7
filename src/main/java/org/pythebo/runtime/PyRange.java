package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyMethod;

/** range with 64-bit bounds (enough for every loop; huge ranges come later). */
public final class PyRange extends PyObject {
    final long start;
    final long stop;
    final long step;
    final long length;

    PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() { return PyType.RANGE; }

    public long length() { return length; }

    public long item(long i) { return start + i * step; }

    @PyMethod("($type, *args)")
    public static Object __new__(Object cls, Object[] args) {
        if (args.length == 0) {
            throw PyException.typeError("range expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw PyException.typeError("range expected at most 3 arguments, got " + args.length);
        }
        long a = Ops.index(args[0]);
        if (args.length == 1) {
            return new PyRange(0, a, 1);
        }
        long b = Ops.index(args[1]);
        long step = args.length == 3 ? Ops.index(args[2]) : 1;
        if (step == 0) {
            throw PyException.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(a, b, step);
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return ((PyRange) self).length; }

    /** range[slice] is a range. */
    PyRange slice(PySlice s) {
        long[] ix = s.indices(length);
        long newStart = start + ix[0] * step;
        long newStep = step * ix[2];
        return new PyRange(newStart, newStart + ix[3] * newStep, newStep);
    }

    @PyMethod("($self, value, /)")
    public static Object count(ThreadState ts, Object self, Object value) {
        return Ops.contains(ts, self, value) ? 1L : 0L;
    }

    @PyMethod("($self, value, /)")
    public static Object index(ThreadState ts, Object self, Object value) {
        PyRange r = (PyRange) self;
        if (value instanceof Long v && Ops.contains(ts, r, v)) {
            return (v - r.start) / r.step;
        }
        throw PyException.valueError(Ops.repr(ts, value) + " is not in range");
    }

    @PyAttrs.PyGetter("start")
    public static Object getStart(Object self) { return ((PyRange) self).start; }

    @PyAttrs.PyGetter("stop")
    public static Object getStop(Object self) { return ((PyRange) self).stop; }

    @PyAttrs.PyGetter("step")
    public static Object getStep(Object self) { return ((PyRange) self).step; }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
