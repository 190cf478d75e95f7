package org.pythebo.runtime.objects;

import java.math.BigInteger;

import org.pythebo.runtime.bytes.BufferExporter;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.PyFunction;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.numbers.PyComplex;

/**
 * The conversions of CPython's abstract object layer from any object to a Java value, each with
 * CPython's errors, written once: PyNumber_Index, PyNumber_AsSsize_t, _PyLong_AsInt,
 * PyLong_AsLong, PyLong_AsUnsignedLong (and Argument Clinic's unsigned converters), PyFloat_AsDouble
 * and PyObject_GetBuffer. Built-in functions get them by
 * declaring typed Java parameters (the argument parser applies them); other code calls them here.
 * The fast paths (an exact int or float) need no thread state; the slow ones call Python
 * methods on the calling thread.
 */
public final class Convert {
    private Convert() {}

    /**
     * PyNumber_Index: an int's value (Long or BigInteger; bool as 0/1, a subclass instance's
     * value), or the result of {@code __index__}.
     */
    public static Object index(ThreadState ts, Object o) {
        Object v = intValue(o);
        if (v != null) {
            return v;
        }
        Object idx = Ops.type(o).lookup("__index__");
        if (idx == null) {
            throw PyException.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        Object r = Ops.callDescr(ts == null ? ThreadState.current() : ts, idx, o, Ops.NO_ARGS);
        v = intValue(r);
        if (v == null) {
            throw PyException.typeError("__index__ returned non-int (type " + Ops.typeName(r) + ")");
        }
        return v;
    }

    /** The value of an int, a bool or an instance of an int subclass that does not override it; else null. */
    public static Object intValue(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PyValueInstance v && (v.value instanceof Long || v.value instanceof BigInteger)
                && !(v.type().lookup("__index__") instanceof PyFunction)) {
            return v.value;
        }
        return null;
    }

    /** PyNumber_AsSsize_t(o, OverflowError): an index that fits a C ssize_t. */
    public static long asSsize(ThreadState ts, Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = index(ts, o);
        if (v instanceof Long l) {
            return l;
        }
        throw PyException.overflow("Python int too large to convert to C ssize_t");
    }

    /**
     * PyNumber_AsSsize_t(o, OverflowError): an index that fits a ssize_t, for lengths and
     * repetition counts ("cannot fit 'int' into an index-sized integer").
     */
    public static long asIndexSized(ThreadState ts, Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = index(ts, o);
        if (v instanceof Long l) {
            return l;
        }
        throw PyException.overflow("cannot fit '" + Ops.typeName(o) + "' into an index-sized integer");
    }

    /**
     * PyNumber_AsSsize_t(o, NULL): an index clamped to the ssize_t range (slice bounds, where a
     * huge number means "to the end").
     */
    public static long asSsizeClamped(ThreadState ts, Object o) {
        if (o instanceof Long l) {
            return l;
        }
        Object v = index(ts, o);
        return v instanceof Long l ? l : ((BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * _PyEval_SliceIndex: a slice bound (an int or an object with {@code __index__}) clamped to
     * the ssize_t range.
     */
    public static long sliceIndex(ThreadState ts, Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (intValue(o) == null && Ops.type(o).lookup("__index__") == null) {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return asSsizeClamped(ts, o);
    }

    /** A str handed to C as a NUL-terminated string (encoding names, locale names): no NUL inside. */
    public static String cString(String s) {
        if (s != null && s.indexOf('\0') >= 0) {
            throw PyException.valueError("embedded null character");
        }
        return s;
    }

    /** _PyLong_AsInt: an index that fits a C int. */
    public static int asInt(ThreadState ts, Object o) {
        Object v = o instanceof Long ? o : index(ts, o);
        if (v instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        throw PyException.overflow("Python int too large to convert to C int");
    }

    /** PyLong_AsLong: an index that fits a C long. */
    public static long asLong(ThreadState ts, Object o) {
        Object v = o instanceof Long ? o : index(ts, o);
        if (v instanceof Long l) {
            return l;
        }
        throw PyException.overflow("Python int too large to convert to C long");
    }

    private static final BigInteger UNSIGNED_64_LIMIT = BigInteger.ONE.shiftLeft(64);

    /**
     * The value of an int, a bool or an instance of an int subclass (PyLong_Check, no
     * {@code __index__}), else TypeError "an integer is required", as the C unsigned conversions
     * take their argument.
     */
    private static Object exactIntValue(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PyValueInstance v && (v.value instanceof Long || v.value instanceof BigInteger)) {
            return v.value;
        }
        throw PyException.typeError("an integer is required");
    }

    private static boolean isNegative(Object intValue) {
        return intValue instanceof Long l ? l < 0 : ((BigInteger) intValue).signum() < 0;
    }

    /** The 64 bits of a non-negative int below 2**64, else OverflowError {@code tooLarge}. */
    private static long unsigned64(Object intValue, String tooLarge) {
        if (intValue instanceof Long l) {
            return l;
        }
        BigInteger b = (BigInteger) intValue;
        if (b.compareTo(UNSIGNED_64_LIMIT) >= 0) {
            throw PyException.overflow(tooLarge);
        }
        return b.longValue();
    }

    /** PyLong_AsUnsignedLong: an int as the 64 bits of a C unsigned long. */
    public static long asUnsignedLong(Object o) {
        Object v = exactIntValue(o);
        if (isNegative(v)) {
            throw PyException.overflow("can't convert negative value to unsigned int");
        }
        return unsigned64(v, "Python int too large to convert to C unsigned long");
    }

    /**
     * Argument Clinic's {@code unsigned long} (_PyLong_UnsignedLong_Converter): as
     * {@link #asUnsignedLong}, but a negative int is ValueError "value must be positive".
     */
    public static long unsignedLongArgument(Object o) {
        Object v = exactIntValue(o);
        if (isNegative(v)) {
            throw PyException.valueError("value must be positive");
        }
        return unsigned64(v, "Python int too large to convert to C unsigned long");
    }

    /** Argument Clinic's {@code unsigned long long}: the same, with its own overflow message. */
    public static long unsignedLongLongArgument(Object o) {
        Object v = exactIntValue(o);
        if (isNegative(v)) {
            throw PyException.valueError("value must be positive");
        }
        return unsigned64(v, "int too big to convert");
    }

    /** PyFloat_AsDouble: a float, an int, or anything with {@code __float__} or {@code __index__}. */
    public static double asDouble(ThreadState ts, Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        Object v = intValue(o);
        if (v != null) {
            return v instanceof Long l ? (double) l : bigToDouble((BigInteger) v);
        }
        if (o instanceof PyValueInstance pv && pv.value instanceof Double d
                && !(pv.type().lookup("__float__") instanceof PyFunction)) {
            return d;
        }
        PyType t = Ops.type(o);
        Object f = t.lookup("__float__");
        if (f != null) {
            Object r = Ops.callDescr(ts == null ? ThreadState.current() : ts, f, o, Ops.NO_ARGS);
            if (r instanceof Double d) {
                return d;
            }
            if (r instanceof PyValueInstance rv && rv.value instanceof Double d) {
                return d;
            }
            throw PyException.typeError(t.name + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
        }
        if (t.lookup("__index__") != null) {
            Object i = index(ts, o);
            return i instanceof Long l ? (double) l : bigToDouble((BigInteger) i);
        }
        throw PyException.typeError("must be real number, not " + t.name);
    }

    /** PyNumber_Check: an int, float or complex, or anything with __index__, __int__ or __float__. */
    public static boolean isNumber(Object o) {
        Object v = PyValueInstance.unwrap(o);
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Double
                || v instanceof PyComplex) {
            return true;
        }
        PyType t = Ops.type(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    /**
     * PyComplex_AsCComplex: a complex (or subclass instance) as it is, else what {@code __complex__}
     * returns, else a real number as {@link #asDouble} converts it.
     */
    public static PyComplex asComplex(ThreadState ts, Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof Double d) {
            return new PyComplex(d, 0.0);
        }
        if (o instanceof PyValueInstance v && v.value instanceof PyComplex c) {
            return c;
        }
        Object m = Ops.type(o).lookup("__complex__");
        if (m != null) {
            Object r = Ops.callDescr(ts == null ? ThreadState.current() : ts, m, o, Ops.NO_ARGS);
            if (PyValueInstance.unwrap(r) instanceof PyComplex c) {
                return c;
            }
            throw PyException.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
        }
        return new PyComplex(asDouble(ts, o), 0.0);
    }

    /** An int as a float, OverflowError when it has no finite float value. */
    public static double bigToDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.overflow("int too large to convert to float");
        }
        return d;
    }

    /** The bytes a bytes-like object exports (bytes, bytearray, memoryview, array, mmap), or null. */
    public static PyBuffer bufferOrNull(Object o) {
        if (o instanceof BufferExporter e) {
            return e.buffer();
        }
        if (o instanceof PyValueInstance v && v.value instanceof BufferExporter e) {
            return e.buffer();
        }
        return null;
    }

    /** PyObject_GetBuffer(o, PyBUF_SIMPLE): the bytes of a bytes-like object, TypeError otherwise. */
    public static PyBuffer buffer(Object o) {
        PyBuffer b = bufferOrNull(o);
        if (b == null) {
            throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
        }
        return b;
    }
}
