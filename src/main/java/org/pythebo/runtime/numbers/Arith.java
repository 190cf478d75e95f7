package org.pythebo.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyMethodDescr;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.StrMethods;

/**
 * Arithmetic: each operator as a static method with fast paths for int (Long, overflowing into
 * BigInteger), float and str, then the full dispatch of CPython's binary_op1: the right operand's
 * reflected method first when its type is a proper subclass that overrides it, then the left
 * operand's method, then the right's, NotImplemented meaning "try the next".
 */
public final class Arith {
    private Arith() {}

    /** A binary operator: its symbol in messages and its special method names. */
    public enum Op {
        ADD("+", "__add__", "__radd__", "__iadd__"),
        SUB("-", "__sub__", "__rsub__", "__isub__"),
        MUL("*", "__mul__", "__rmul__", "__imul__"),
        MATMUL("@", "__matmul__", "__rmatmul__", "__imatmul__"),
        TRUEDIV("/", "__truediv__", "__rtruediv__", "__itruediv__"),
        FLOORDIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        MOD("%", "__mod__", "__rmod__", "__imod__"),
        POW("**", "__pow__", "__rpow__", "__ipow__"),
        LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
        RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
        AND("&", "__and__", "__rand__", "__iand__"),
        OR("|", "__or__", "__ror__", "__ior__"),
        XOR("^", "__xor__", "__rxor__", "__ixor__");

        public final String symbol;
        public final String dunder;
        public final String rdunder;
        public final String idunder;

        Op(String symbol, String dunder, String rdunder, String idunder) {
            this.symbol = symbol;
            this.dunder = dunder;
            this.rdunder = rdunder;
            this.idunder = idunder;
        }
    }

    public static final Object NI = Singleton.NOT_IMPLEMENTED;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** An int result as Long when it fits. */
    public static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    private static boolean isExactNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof BigInteger;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        double d = ((BigInteger) o).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.overflow("int too large to convert to float");
        }
        return d;
    }

    // ---- the operators ----

    public static Object add(ThreadState ts, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        return binaryOp(ts, a, b, Op.ADD);
    }

    public static Object sub(ThreadState ts, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return binaryOp(ts, a, b, Op.SUB);
    }

    public static Object mul(ThreadState ts, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return binaryOp(ts, a, b, Op.MUL);
    }

    public static Object binary(ThreadState ts, Object a, Object b, Op op) {
        return switch (op) {
            case ADD -> add(ts, a, b);
            case SUB -> sub(ts, a, b);
            case MUL -> mul(ts, a, b);
            default -> binaryOp(ts, a, b, op);
        };
    }

    /** The augmented form ({@code a += b}): __iadd__ first, then the binary operator. */
    public static Object inplace(ThreadState ts, Object a, Object b, Op op) {
        if (a instanceof PyObject p) {
            if (p instanceof PyList l && op == Op.ADD && l.type() == PyType.LIST) {
                l.extend(Ops.toArray(ts, b));
                return l;
            }
            Object im = p.type().lookup(op.idunder);
            if (im != null) {
                Object r = Ops.callDescr(ts, im, a, new Object[] {b});
                if (r != NI) {
                    return r;
                }
            }
        }
        try {
            return binary(ts, a, b, op);
        } catch (PyException e) {
            throw inplaceMessage(e, op, a, b);
        }
    }

    /** The augmented operator's own wording ("for |=:") when the binary fallback found no method. */
    private static PyException inplaceMessage(PyException e, Op op, Object a, Object b) {
        String sym = op == Op.POW ? "** or pow()" : op.symbol;
        String binaryMsg = "unsupported operand type(s) for " + sym + ": '" + Ops.typeName(a) + "' and '"
                + Ops.typeName(b) + "'";
        if (e.exc.matches(Exc.TypeError) && binaryMsg.equals(e.exc.strNoThrow())) {
            return PyException.typeError("unsupported operand type(s) for " + op.symbol + "=: '" + Ops.typeName(a)
                    + "' and '" + Ops.typeName(b) + "'");
        }
        return e;
    }

    /** binary_op1 with CPython's errors. */
    public static Object binaryOp(ThreadState ts, Object a, Object b, Op op) {
        // Exact int/float operands: their methods cannot be overridden, so skip the lookups
        // (bool is left out: its &, | and ^ give bools).
        if (isExactNumber(a) && isExactNumber(b)) {
            Object r = builtin(ts, op, a, b);
            if (r != NI) {
                return r;
            }
        }
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        Object la = ta.lookup(op.dunder);
        Object rb = tb != ta ? tb.lookup(op.rdunder) : null;
        // A list's + is a sequence slot (sq_concat) in CPython, tried only after both operands'
        // numeric methods: the right operand's __radd__ comes first.
        boolean listConcat = op == Op.ADD && la instanceof PyMethodDescr && PyValueInstance.unwrap(a) instanceof PyList;
        if (rb != null && (listConcat || reflectedFirst(ta, tb, rb, op.rdunder))) {
            Object r = Ops.callDescr(ts, rb, b, new Object[] {a});
            if (r != NI) {
                return r;
            }
            rb = null;
        }
        if (la != null) {
            Object r = Ops.callDescr(ts, la, a, new Object[] {b});
            if (r != NI) {
                return r;
            }
        }
        // The built-in types' own mixed operations (int with float, ...), unless the right
        // operand's class overrides the reflected method: that comes first, as in CPython.
        Object r = rb == null || rb instanceof PyMethodDescr ? builtin(ts, op, a, b) : NI;
        if (r != NI) {
            return r;
        }
        if (rb != null) {
            r = Ops.callDescr(ts, rb, b, new Object[] {a});
            if (r != NI) {
                return r;
            }
        }
        // As CPython: sequence repetition by any __index__ count comes after both numeric methods.
        if (op == Op.MUL) {
            if (isSequence(a) && tb.lookup("__index__") != null) {
                return repeat(a, Ops.index(b));
            }
            if (isSequence(b) && ta.lookup("__index__") != null) {
                return repeat(b, Ops.index(a));
            }
        }
        throw unsupported(op, a, b);
    }

    /**
     * CPython's rule for trying the right operand's reflected method {@code rb} before the left's
     * method: its type is a proper subclass of the left's and overrides that method (the left's
     * type has another one, or none).
     */
    private static boolean reflectedFirst(PyType ta, PyType tb, Object rb, String rdunder) {
        return tb.isSubtypeOf(ta) && ta.lookup(rdunder) != rb;
    }

    static PyException unsupported(Op op, Object a, Object b) {
        String ta = Ops.typeName(a);
        String tb = Ops.typeName(b);
        if (op == Op.ADD && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
            return PyException.typeError("can only concatenate " + ta + " (not \"" + tb + "\") to " + ta);
        }
        if (op == Op.MUL && (isAnySequence(a) || isAnySequence(b))) {
            return PyException.typeError("can't multiply sequence by non-int of type '" + (isAnySequence(a) ? tb : ta)
                    + "'");
        }
        String sym = op == Op.POW ? "** or pow()" : op.symbol;
        return PyException.typeError("unsupported operand type(s) for " + sym + ": '" + ta + "' and '" + tb + "'");
    }

    /** The built-in sequences whose repetition message CPython shares (bytes types included). */
    private static boolean isAnySequence(Object o) {
        return isSequence(o) || o instanceof PyBytes || o instanceof PyByteArray;
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple;
    }

    /** The operator between built-in representations; NotImplemented when neither side handles it. */
    public static Object builtin(ThreadState ts, Op op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case AND -> { return x & y; }
                case OR -> { return x | y; }
                case XOR -> { return x ^ y; }
                default -> { }
            }
        }
        if (isInt(a) && isInt(b)) {
            return intOp(op, a, b);
        }
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            return floatOp(op, toDouble(a), toDouble(b));
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return PyComplex.binary(op, a, b);
        }
        switch (op) {
            case ADD -> {
                if (a instanceof String x && b instanceof String y) {
                    return x.concat(y);
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    Object[] l = x.toArray();
                    Object[] r = y.toArray();
                    Object[] out = java.util.Arrays.copyOf(l, l.length + r.length);
                    System.arraycopy(r, 0, out, l.length, r.length);
                    return new PyList(out);
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Object[] out = java.util.Arrays.copyOf(x.items, x.size() + y.size());
                    System.arraycopy(y.items, 0, out, x.size(), y.size());
                    return PyTuple.of(out);
                }
            }
            case MUL -> {
                if (isInt(b) && isSequence(a)) {
                    return repeat(a, b);
                }
                if (isInt(a) && isSequence(b)) {
                    return repeat(b, a);
                }
            }
            case MOD -> {
                if (a instanceof String s) {
                    return StrMethods.percentFormat(ts, s, b);
                }
            }
            default -> { }
        }
        // Instances of subclasses of built-in types that did not override the operator.
        if (a instanceof PyValueInstance || b instanceof PyValueInstance) {
            return builtin(ts, op, PyValueInstance.unwrap(a), PyValueInstance.unwrap(b));
        }
        return NI;
    }

    private static Object repeat(Object seq, Object count) {
        if (count instanceof BigInteger) {
            throw PyException.overflow("cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, Ops.index(count));
        // Sizes are compared by division: length * n can overflow a long (list_repeat, unicode_repeat).
        if (seq instanceof String s) {
            if (s.isEmpty()) {
                return s;
            }
            if (n > Long.MAX_VALUE / s.length()) {
                throw PyException.overflow("repeated string is too long");
            }
            if (n > Integer.MAX_VALUE / s.length()) {
                throw PyException.of(Exc.MemoryError, null);
            }
            return s.repeat((int) n);
        }
        Object[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items;
        if (items.length == 0) {
            n = 0;
        } else if (n > Integer.MAX_VALUE / items.length) {
            throw PyException.of(Exc.MemoryError, null);
        }
        Object[] out = new Object[(int) (items.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return seq instanceof PyList ? new PyList(out) : PyTuple.of(out);
    }

    static Object intOp(Op op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long p = x;
            long q = y;
            switch (op) {
                case FLOORDIV:
                    if (q == 0) {
                        throw PyException.zeroDivision("integer division or modulo by zero");
                    }
                    if (p == Long.MIN_VALUE && q == -1) {
                        break;
                    }
                    return Math.floorDiv(p, q);
                case MOD:
                    if (q == 0) {
                        throw PyException.zeroDivision("integer modulo by zero");
                    }
                    return Math.floorMod(p, q);
                case AND:
                    return p & q;
                case OR:
                    return p | q;
                case XOR:
                    return p ^ q;
                case RSHIFT:
                    if (q < 0) {
                        throw PyException.valueError("negative shift count");
                    }
                    return p >> Math.min(q, 63);
                case LSHIFT:
                    if (q < 0) {
                        throw PyException.valueError("negative shift count");
                    }
                    if (q < 63 && (p << q) >> q == p) {
                        return p << q;
                    }
                    break;
                default:
                    break;
            }
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        return switch (op) {
            case ADD -> norm(x.add(y));
            case SUB -> norm(x.subtract(y));
            case MUL -> norm(x.multiply(y));
            case TRUEDIV -> intTrueDiv(x, y);
            case FLOORDIV -> {
                if (y.signum() == 0) {
                    throw PyException.zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                yield norm(qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0]);
            }
            case MOD -> {
                if (y.signum() == 0) {
                    throw PyException.zeroDivision("integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                yield norm(y.signum() < 0 && r.signum() != 0 ? r.add(y) : r);
            }
            case POW -> intPow(x, y);
            case LSHIFT -> {
                if (y.signum() < 0) {
                    throw PyException.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    yield 0L;
                }
                if (y.bitLength() > 31) {
                    throw PyException.overflow("too many digits in integer");
                }
                yield norm(x.shiftLeft(y.intValue()));
            }
            case RSHIFT -> {
                if (y.signum() < 0) {
                    throw PyException.valueError("negative shift count");
                }
                yield norm(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue()));
            }
            case AND -> norm(x.and(y));
            case OR -> norm(x.or(y));
            case XOR -> norm(x.xor(y));
            case MATMUL -> NI;
        };
    }

    private static Object intTrueDiv(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw PyException.zeroDivision("division by zero");
        }
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        boolean negative = x.signum() * y.signum() < 0;
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        // Scale so the quotient has at least 55 bits, keep a sticky bit for the remainder, round once.
        long shift = (long) a.bitLength() - b.bitLength() - 55;
        if (shift < 0) {
            a = a.shiftLeft((int) -shift);
        } else {
            b = b.shiftLeft((int) shift);
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double d = scaledToDouble(q, shift - 1);
        if (Double.isInfinite(d)) {
            throw PyException.overflow("integer division result too large for a float");
        }
        return negative ? -d : d;
    }

    /** m * 2**e (m >= 0) rounded once, half to even, to a double (infinity when too large). */
    static double scaledToDouble(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        long n = m.bitLength();
        if (n + e > 1025) {
            return Double.POSITIVE_INFINITY;
        }
        if (n + e < -1076) {
            return 0.0;
        }
        long lsb = Math.max(n + e - 53, -1074);
        long shift = lsb - e;
        long q;
        if (shift <= 0) {
            q = m.shiftLeft((int) -shift).longValueExact();
        } else {
            BigInteger top = m.shiftRight((int) shift);
            q = top.longValueExact();
            boolean half = m.testBit((int) shift - 1);
            boolean sticky = m.getLowestSetBit() < shift - 1;
            if (half && (sticky || (q & 1) != 0)) {
                q++;
            }
        }
        return Math.scalb((double) q, (int) lsb);
    }

    private static Object intPow(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            return floatOp(Op.POW, toDouble(norm(x)), toDouble(norm(y)));
        }
        if (x.equals(BigInteger.ONE) || x.signum() == 0) {
            return norm(y.signum() == 0 ? BigInteger.ONE : x);
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return y.testBit(0) ? -1L : 1L;
        }
        if (y.bitLength() > 31) {
            throw PyException.of(Exc.MemoryError, null);
        }
        return norm(x.pow(y.intValue()));
    }

    static Object floatOp(Op op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw PyException.zeroDivision("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw PyException.zeroDivision("float floor division by zero");
                }
                return floatDivmod(x, y)[0];
            case MOD:
                if (y == 0) {
                    throw PyException.zeroDivision("float modulo");
                }
                return floatDivmod(x, y)[1];
            case POW:
                return floatPow(x, y);
            default:
                return NI;
        }
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 9007199254740992.0 && w == Math.rint(w) && Math.abs(w % 2.0) == 1.0;
    }

    /** float ** float with CPython's special cases; a negative base with a fractional power gives a complex. */
    static Object floatPow(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            }
            return (iw > 0.0) == (a > 1.0) ? Math.abs(iw) : 0.0;
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(iw) ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return PyComplex.pow(new PyComplex(iv, 0.0), new PyComplex(iw, 0.0));
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw PyException.overflow("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    /** divmod(a, b): int and float fast paths, then __divmod__/__rdivmod__. */
    public static Object divmod(ThreadState ts, Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return PyTuple.of(intOp(Op.FLOORDIV, a, b), intOp(Op.MOD, a, b));
        }
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (y == 0) {
                throw PyException.zeroDivision("float divmod()");
            }
            double[] qr = floatDivmod(x, y);
            return PyTuple.of(qr[0], qr[1]);
        }
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        Object la = ta.lookup("__divmod__");
        Object rb = tb != ta ? tb.lookup("__rdivmod__") : null;
        if (rb != null && reflectedFirst(ta, tb, rb, "__rdivmod__")) {
            Object r = Ops.callDescr(ts, rb, b, new Object[] {a});
            if (r != NI) {
                return r;
            }
            rb = null;
        }
        if (la != null) {
            Object r = Ops.callDescr(ts, la, a, new Object[] {b});
            if (r != NI) {
                return r;
            }
        }
        if (rb != null) {
            Object r = Ops.callDescr(ts, rb, b, new Object[] {a});
            if (r != NI) {
                return r;
            }
        }
        throw PyException.typeError("unsupported operand type(s) for divmod(): '" + ta.name + "' and '" + tb.name + "'");
    }

    /** pow(base, exp, mod): modular exponentiation for ints (a negative exp uses the inverse), else __pow__. */
    public static Object pow3(ThreadState ts, Object base, Object exp, Object mod) {
        if (mod == Singleton.NONE) {
            return binary(ts, base, exp, Op.POW);
        }
        if (isInt(base) && isInt(exp) && isInt(mod)) {
            BigInteger m = big(mod);
            if (m.signum() == 0) {
                throw PyException.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger b = big(base);
            BigInteger e = big(exp);
            BigInteger am = m.abs();
            if (e.signum() < 0) {
                if (!b.mod(am).gcd(am).equals(BigInteger.ONE) && !am.equals(BigInteger.ONE)) {
                    throw PyException.valueError("base is not invertible for the given modulus");
                }
            }
            BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : b.modPow(e, am);
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return norm(r);
        }
        Object pa = Ops.type(base).lookup("__pow__");
        if (pa != null && !(base instanceof Double) && !isInt(base)) {
            Object r = Ops.callDescr(ts, pa, base, new Object[] {exp, mod});
            if (r != NI) {
                return r;
            }
        }
        boolean numbers = (base instanceof Double || isInt(base) || base instanceof PyComplex)
                && (exp instanceof Double || isInt(exp) || exp instanceof PyComplex);
        if (numbers && !(base instanceof PyComplex || exp instanceof PyComplex)) {
            throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw PyException.typeError("unsupported operand type(s) for ** or pow(): '" + Ops.typeName(base) + "', '"
                + Ops.typeName(exp) + "', '" + Ops.typeName(mod) + "'");
    }

    /**
     * Compares an int or float with an int or float exactly (no rounding of big ints, no overflow):
     * negative, zero or positive, or 2 when either is a NaN (unordered).
     */
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.isNaN(x) || Double.isNaN(y) ? 2 : Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
        }
        if (isInt(a) && isInt(b)) {
            if (a instanceof Long x && b instanceof Long y) {
                return Long.compare(x, y);
            }
            return big(a).compareTo(big(b));
        }
        if (a instanceof Double x) {
            int c = compareIntFloat(b, x);
            return c == 2 ? 2 : -c;
        }
        return compareIntFloat(a, (Double) b);
    }

    /** int i compared with float d exactly; 2 for NaN. */
    private static int compareIntFloat(Object i, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
            return Double.compare((double) l, d == 0 ? 0.0 : d);
        }
        if (i instanceof Boolean bo) {
            return Double.compare(bo ? 1.0 : 0.0, d == 0 ? 0.0 : d);
        }
        return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
    }

    /** float divmod as CPython's float_divmod. */
    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    // ---- unary ----

    public static Object neg(ThreadState ts, Object a) {
        if (a instanceof Long x) {
            return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (a instanceof BigInteger b) {
            return norm(b.negate());
        }
        return unary(ts, a, "__neg__", "-");
    }

    public static Object pos(ThreadState ts, Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
            return a;
        }
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return unary(ts, a, "__pos__", "+");
    }

    public static Object invert(ThreadState ts, Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        }
        if (a instanceof BigInteger b) {
            return norm(b.not());
        }
        return unary(ts, a, "__invert__", "~");
    }

    private static Object unary(ThreadState ts, Object a, String dunder, String sym) {
        Object m = Ops.type(a).lookup(dunder);
        if (m == null) {
            throw PyException.typeError("bad operand type for unary " + sym + ": '" + Ops.typeName(a) + "'");
        }
        return Ops.callDescr(ts, m, a, Ops.NO_ARGS);
    }

    // ---- hashes (CPython's numeric hash, modulo 2**61 - 1) ----

    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(v));
        }
        long a = Math.abs(v);
        long h = a % Ops.HASH_MODULUS;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static long hashBig(BigInteger b) {
        long h = b.abs().mod(BigInteger.valueOf(Ops.HASH_MODULUS)).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public static long hashDouble(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // The exact rational value m * 2**e, reduced modulo 2**61 - 1 as CPython's _Py_HashDouble does.
        int sign = d < 0 ? -1 : 1;
        double m = Math.abs(d);
        int e = Math.getExponent(m) + 1;
        m = Math.scalb(m, -e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & Ops.HASH_MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= Ops.HASH_MODULUS) {
                x -= Ops.HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & Ops.HASH_MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    public static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
