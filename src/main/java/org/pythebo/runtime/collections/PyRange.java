package org.pythebo.runtime.collections;

import java.math.BigInteger;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * range. Ranges whose bounds and length fit in a long are {@link PyRange} (the interpreter's
 * fast paths read its fields); others are {@link Big}, which only the Python methods below handle
 * (the fast paths do not recognise it and fall back to them). Both are immutable.
 */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

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

    /** A range with arbitrary int bounds. */
    static final class Big extends PyObject {
        public final BigInteger start;
        public final BigInteger stop;
        public final BigInteger step;
        public final BigInteger length;

        Big(BigInteger start, BigInteger stop, BigInteger step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = lengthOf(start, stop, step);
        }

        @Override
        public PyType type() { return PyType.RANGE; }
    }

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0 ? lo.compareTo(hi) >= 0 : lo.compareTo(hi) <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger diff = step.signum() > 0 ? hi.subtract(lo) : lo.subtract(hi);
        BigInteger st = step.abs();
        return diff.subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE);
    }

    /** The range start..stop by step, in the long form when everything fits. */
    static PyObject of(BigInteger start, BigInteger stop, BigInteger step) {
        if (Arith.fitsLong(start) && Arith.fitsLong(stop) && Arith.fitsLong(step)) {
            BigInteger n = lengthOf(start, stop, step);
            if (n.compareTo(LONG_MAX) < 0) {
                return new PyRange(start.longValue(), stop.longValue(), step.longValue());
            }
        }
        return new Big(start, stop, step);
    }

    /** start, stop, step, length of either form. */
    private static BigInteger[] parts(Object self) {
        if (self instanceof PyRange r) {
            return new BigInteger[] {BigInteger.valueOf(r.start), BigInteger.valueOf(r.stop),
                BigInteger.valueOf(r.step), BigInteger.valueOf(r.length)};
        }
        Big b = (Big) self;
        return new BigInteger[] {b.start, b.stop, b.step, b.length};
    }

    private static BigInteger asIndex(Object o) {
        return Arith.big(Convert.index(null, o));
    }

    @PyMethod("($type, *args)")
    public static Object __new__(Object cls, Object[] args) {
        if (args.length == 0) {
            throw PyException.typeError("range expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw PyException.typeError("range expected at most 3 arguments, got " + args.length);
        }
        if (args.length == 1) {
            if (args[0] instanceof Long n) {
                return new PyRange(0, n, 1);
            }
            return of(BigInteger.ZERO, asIndex(args[0]), BigInteger.ONE);
        }
        if (args[0] instanceof Long a && args[1] instanceof Long b && (args.length == 2 || args[2] instanceof Long)) {
            long step = args.length == 3 ? (Long) args[2] : 1;
            if (step == 0) {
                throw PyException.valueError("range() arg 3 must not be zero");
            }
            if (step != Long.MIN_VALUE) {
                PyRange r = new PyRange(a, b, step);
                if (r.length >= 0 && !overflows(a, b, step)) {
                    return r;
                }
            }
        }
        BigInteger a = asIndex(args[0]);
        BigInteger b = asIndex(args[1]);
        BigInteger step = args.length == 3 ? asIndex(args[2]) : BigInteger.ONE;
        if (step.signum() == 0) {
            throw PyException.valueError("range() arg 3 must not be zero");
        }
        return of(a, b, step);
    }

    /** Whether the long length computation could have overflowed (bounds far apart). */
    private static boolean overflows(long a, long b, long step) {
        return step > 0 ? a < b && b - a < 0 : a > b && a - b < 0;
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) {
        if (self instanceof PyRange r) {
            return r.length;
        }
        BigInteger n = ((Big) self).length;
        if (!Arith.fitsLong(n)) {
            throw PyException.overflow("Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    @PyMethod("($self, /)")
    public static Object __bool__(Object self) {
        return self instanceof PyRange r ? r.length != 0 : ((Big) self).length.signum() != 0;
    }

    /** range[slice] is a range. */
    public PyObject slice(PySlice s) {
        return sliceOf(this, s);
    }

    private static PyObject sliceOf(Object self, PySlice s) {
        BigInteger[] p = parts(self);
        BigInteger[] ix = s.bigIndices(p[3]);
        BigInteger newStart = p[0].add(ix[0].multiply(p[2]));
        BigInteger newStop = p[0].add(ix[1].multiply(p[2]));
        BigInteger newStep = p[2].multiply(ix[2]);
        return of(newStart, newStop, newStep);
    }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(Object self, Object key) {
        if (key instanceof PySlice s) {
            return sliceOf(self, s);
        }
        if (!(Arith.isInt(key) || Ops.type(key).lookup("__index__") != null)) {
            throw PyException.typeError("range indices must be integers or slices, not " + Ops.typeName(key));
        }
        BigInteger[] p = parts(self);
        BigInteger i = asIndex(key);
        if (i.signum() < 0) {
            i = i.add(p[3]);
        }
        if (i.signum() < 0 || i.compareTo(p[3]) >= 0) {
            throw PyException.indexError("range object index out of range");
        }
        return Arith.norm(p[0].add(i.multiply(p[2])));
    }

    /** The position of int value v in the range, or null. */
    private static BigInteger positionOf(Object self, Object v) {
        BigInteger[] p = parts(self);
        BigInteger x = Arith.big(v);
        BigInteger off = x.subtract(p[0]);
        boolean inBounds = p[2].signum() > 0 ? x.compareTo(p[0]) >= 0 && x.compareTo(p[1]) < 0
                : x.compareTo(p[0]) <= 0 && x.compareTo(p[1]) > 0;
        if (!inBounds) {
            return null;
        }
        BigInteger[] qr = off.divideAndRemainder(p[2]);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) {
        if (Arith.isInt(key)) {
            return positionOf(self, key) != null;
        }
        PyIterator it = iterator(self);
        for (Object o = it.next(ts); o != null; o = it.next(ts)) {
            if (Ops.eq(ts, o, key)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod("($self, value, /)")
    public static Object count(ThreadState ts, Object self, Object value) {
        if (Arith.isInt(value)) {
            return positionOf(self, value) != null ? 1L : 0L;
        }
        long n = 0;
        PyIterator it = iterator(self);
        for (Object o = it.next(ts); o != null; o = it.next(ts)) {
            if (Ops.eq(ts, o, value)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod("($self, value, /)")
    public static Object index(ThreadState ts, Object self, Object value) {
        if (Arith.isInt(value)) {
            BigInteger pos = positionOf(self, value);
            if (pos != null) {
                return Arith.norm(pos);
            }
        } else {
            long i = 0;
            PyIterator it = iterator(self);
            for (Object o = it.next(ts); o != null; o = it.next(ts), i++) {
                if (Ops.eq(ts, o, value)) {
                    return i;
                }
            }
        }
        throw PyException.valueError(Ops.repr(ts, value) + " is not in range");
    }

    static final PyType LONGRANGE_ITERATOR = PyType.newBuiltin("longrange_iterator", PyType.ITERATOR, null,
            PyType.Layout.OBJECT);

    /** Iterates start, start+step, ... for length items, in big ints. */
    static final class BigIter extends PyIterator {
        private final BigInteger start;
        private final BigInteger step;
        private final BigInteger length;
        private BigInteger taken = BigInteger.ZERO;

        BigIter(BigInteger start, BigInteger step, BigInteger length) {
            super(LONGRANGE_ITERATOR);
            this.start = start;
            this.step = step;
            this.length = length;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            if (taken.compareTo(length) >= 0) {
                return null;
            }
            Object v = Arith.norm(start.add(taken.multiply(step)));
            taken = taken.add(BigInteger.ONE);
            return v;
        }
    }

    static PyIterator iterator(Object self) {
        if (self instanceof PyRange r) {
            return new PyIterator.OfRange(r.start, r.step, r.length);
        }
        Big b = (Big) self;
        return new BigIter(b.start, b.step, b.length);
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return iterator(self); }

    @PyMethod("($self, /)")
    public static Object __reversed__(Object self) {
        BigInteger[] p = parts(self);
        BigInteger last = p[0].add(p[3].subtract(BigInteger.ONE).multiply(p[2]));
        BigInteger step = p[2].negate();
        if (Arith.fitsLong(last) && Arith.fitsLong(step) && p[3].bitLength() < 63
                && Arith.fitsLong(last.add(step.multiply(p[3])))) {
            return new PyIterator.OfRange(last.longValue(), step.longValue(), p[3].longValue());
        }
        return new BigIter(last, step, p[3]);
    }

    @PyAttrs.PyGetter("start")
    public static Object getStart(Object self) { return Arith.norm(parts(self)[0]); }

    @PyAttrs.PyGetter("stop")
    public static Object getStop(Object self) { return Arith.norm(parts(self)[1]); }

    @PyAttrs.PyGetter("step")
    public static Object getStep(Object self) { return Arith.norm(parts(self)[2]); }

    /** Ranges are equal when they give the same sequence. */
    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        BigInteger[] x = parts(a);
        BigInteger[] y = parts(b);
        if (!x[3].equals(y[3])) {
            return false;
        }
        if (x[3].signum() == 0) {
            return true;
        }
        if (!x[0].equals(y[0])) {
            return false;
        }
        return x[3].equals(BigInteger.ONE) || x[2].equals(y[2]);
    }

    private static boolean isRange(Object o) {
        return o instanceof PyRange || o instanceof Big;
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(Object self, Object other) {
        return isRange(other) ? (Object) equal(self, other) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __ne__(Object self, Object other) {
        return isRange(other) ? (Object) !equal(self, other) : Singleton.NOT_IMPLEMENTED;
    }

    /** hash((len, start, step)) with None for the parts that do not matter, as CPython. */
    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) {
        BigInteger[] p = parts(self);
        Object len = Arith.norm(p[3]);
        PyTuple t;
        if (p[3].signum() == 0) {
            t = PyTuple.of(len, Singleton.NONE, Singleton.NONE);
        } else if (p[3].equals(BigInteger.ONE)) {
            t = PyTuple.of(len, Arith.norm(p[0]), Singleton.NONE);
        } else {
            t = PyTuple.of(len, Arith.norm(p[0]), Arith.norm(p[2]));
        }
        return Ops.hash(ts, t);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return reprOf(self); }

    @PyMethod("($self, /)")
    public static Object __reduce__(Object self) {
        BigInteger[] p = parts(self);
        return PyTuple.of(PyType.RANGE, PyTuple.of(Arith.norm(p[0]), Arith.norm(p[1]), Arith.norm(p[2])));
    }

    private static String reprOf(Object self) {
        BigInteger[] p = parts(self);
        return p[2].equals(BigInteger.ONE) ? "range(" + p[0] + ", " + p[1] + ")"
                : "range(" + p[0] + ", " + p[1] + ", " + p[2] + ")";
    }

    @Override
    public String toString() {
        return reprOf(this);
    }
}
