package org.pythebo.runtime.objects;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyRange;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyMethodDescr;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.text.StrMethods;


/** Rich comparison: fast paths for numbers and str, sequences element-wise, then __lt__ & co. */
public final class Compare {
    private Compare() {}

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};
    private static final String[] SYMBOL = {"<", "<=", "==", "!=", ">", ">="};

    private static boolean fromOrder(int c, int op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    public static Object richCompare(ThreadState ts, Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) {
            return fromOrder(Long.compare(x, y), op);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return doubleCompare(x, y, op);
        }
        if (a instanceof String x && b instanceof String y) {
            return op == EQ ? x.equals(y) : op == NE ? !x.equals(y) : fromOrder(StrMethods.compare(x, y), op);
        }
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        Object r = Arith.NI;
        boolean triedReflected = false;
        if (tb != ta && tb.heapType && tb.isSubtypeOf(ta)) {
            Object m = tb.lookup(DUNDER[SWAPPED[op]]);
            if (overrides(m) || (op == NE && overrides(tb.lookup("__eq__")))) {
                triedReflected = true;
                r = Ops.callDescr(ts, m, b, new Object[] {a});
                if (r != Arith.NI) {
                    return r;
                }
            }
        }
        {
            Object m = ta.lookup(DUNDER[op]);
            // object.__ne__ inverts __eq__, so it counts once a class defines __eq__.
            if (overrides(m) || (op == NE && overrides(ta.lookup("__eq__")))) {
                r = Ops.callDescr(ts, m, a, new Object[] {b});
                if (r != Arith.NI) {
                    return r;
                }
            }
        }
        r = builtin(ts, a, b, op);
        if (r != Arith.NI) {
            return r;
        }
        if (!triedReflected) {
            Object m = tb.lookup(DUNDER[SWAPPED[op]]);
            if (overrides(m) || (op == NE && overrides(tb.lookup("__eq__")))) {
                r = Ops.callDescr(ts, m, b, new Object[] {a});
                if (r != Arith.NI) {
                    return r;
                }
            }
        }
        if (op == EQ) {
            return a == b;
        }
        if (op == NE) {
            return a != b;
        }
        throw PyException.typeError("'" + SYMBOL[op] + "' not supported between instances of '" + ta.name + "' and '"
                + tb.name + "'");
    }

    /** A comparison method other than object's defaults (which only say NotImplemented or identity). */
    private static boolean overrides(Object m) {
        return m != null && !(m instanceof PyMethodDescr md && md.owner == PyType.OBJECT);
    }

    private static Object doubleCompare(double x, double y, int op) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            default -> x >= y;
        };
    }

    private static Object builtin(ThreadState ts, Object a, Object b, int op) {
        if (a instanceof PyValueInstance || b instanceof PyValueInstance) {
            return builtin(ts, PyValueInstance.unwrap(a), PyValueInstance.unwrap(b), op);
        }
        if (Arith.isInt(a) && Arith.isInt(b)) {
            return fromOrder(Arith.big(a).compareTo(Arith.big(b)), op);
        }
        if ((a instanceof Double || Arith.isInt(a)) && (b instanceof Double || Arith.isInt(b))) {
            int c = Arith.compareNumbers(a, b);
            return c == 2 ? op == NE : fromOrder(c, op);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return sequenceCompare(ts, x.toArray(), y.toArray(), op);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequenceCompare(ts, x.items, y.items, op);
        }
        if (a instanceof PyDict x && b instanceof PyDict y && (op == EQ || op == NE)) {
            return dictEquals(ts, x, y) == (op == EQ);
        }
        if (op == EQ || op == NE) {
            if (a instanceof PyRange x && b instanceof PyRange y) {
                boolean same = x.length == y.length && (x.length == 0 || (x.start == y.start
                        && (x.length == 1 || x.step == y.step)));
                return same == (op == EQ);
            }
        }
        return Arith.NI;
    }

    private static boolean dictEquals(ThreadState ts, PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Object k : x.keys()) {
            Object v = x.get(ts, k);
            Object w = y.get(ts, k);
            if (v == null || w == null || !Ops.eq(ts, v, w)) {
                return false;
            }
        }
        return true;
    }

    private static Object sequenceCompare(ThreadState ts, Object[] x, Object[] y, int op) {
        if ((op == EQ || op == NE) && x.length != y.length) {
            return op == NE;
        }
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!Ops.eq(ts, x[i], y[i])) {
                if (op == EQ) {
                    return false;
                }
                if (op == NE) {
                    return true;
                }
                return richCompare(ts, x[i], y[i], op);
            }
        }
        return fromOrder(Integer.compare(x.length, y.length), op);
    }

    /** {@code a is b}: identity, with value identity for the Java-represented immutables. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return false;
    }
}
