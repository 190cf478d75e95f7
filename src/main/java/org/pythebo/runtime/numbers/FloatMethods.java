package org.pythebo.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Repr;

/** The methods of {@code float}. */
public final class FloatMethods {
    private FloatMethods() {}

    @PyMethod("($type, x=0.0, /)")
    public static Object __new__(ThreadState ts, Object cls, Object x) {
        if (x instanceof Double) {
            return x;
        }
        if (Arith.isInt(x)) {
            return Arith.toDouble(x);
        }
        if (x instanceof String s) {
            return parse(s);
        }
        PyType t = Ops.type(x);
        Object f = t.lookup("__float__");
        if (f != null) {
            Object r = Ops.callDescr(ts, f, x, Ops.NO_ARGS);
            if (!(r instanceof Double)) {
                throw PyException.typeError(t.name + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
            }
            return r;
        }
        Object idx = t.lookup("__index__");
        if (idx != null) {
            return Arith.toDouble(Ops.callDescr(ts, idx, x, Ops.NO_ARGS));
        }
        if (bytesText(ts, x) instanceof String s) {
            return parse(s);
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    /** bytes and bytearray are parsed as their ASCII text. */
    private static Object bytesText(ThreadState ts, Object x) {
        String name = Ops.typeName(x);
        if (name.equals("bytes") || name.equals("bytearray")) {
            Object[] items = Ops.toArray(ts, x);
            StringBuilder sb = new StringBuilder(items.length);
            for (Object o : items) {
                sb.append((char) (long) (Long) o);
            }
            return sb.toString();
        }
        return null;
    }

    /**
     * The text of a number with CPython's preprocessing: Unicode decimal digits and spaces become
     * ASCII, and underscores are dropped when each sits between two digits; null when an
     * underscore is misplaced.
     */
    static String withoutUnderscores(String text) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 && c != '_') {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n);
                sb.append(text, 0, i);
            }
            if (c == '_') {
                boolean ok = i > 0 && isAsciiDigit(text.charAt(i - 1)) && i + 1 < n && isAsciiDigit(text.charAt(i + 1));
                if (!ok) {
                    return null;
                }
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.appendCodePoint(cp);
            }
            if (Character.charCount(cp) == 2) {
                i++;
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean matchesWord(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    /** The end of the longest float literal (sign, digits, point, exponent, inf, nan) at i; i when none. */
    static int scanFloat(String s, int i) {
        int n = s.length();
        int p = i;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            p++;
        }
        if (matchesWord(s, p, "infinity")) {
            return p + 8;
        }
        if (matchesWord(s, p, "inf") || matchesWord(s, p, "nan")) {
            return p + 3;
        }
        int digits = 0;
        while (p < n && isAsciiDigit(s.charAt(p))) {
            p++;
            digits++;
        }
        if (p < n && s.charAt(p) == '.') {
            p++;
            while (p < n && isAsciiDigit(s.charAt(p))) {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return i;
        }
        if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            if (q < n && isAsciiDigit(s.charAt(q))) {
                while (q < n && isAsciiDigit(s.charAt(q))) {
                    q++;
                }
                p = q;
            }
        }
        return p;
    }

    /** The value of a literal that {@link #scanFloat} accepted whole. */
    static double parseScanned(String lit) {
        int p = 0;
        boolean negative = false;
        if (lit.charAt(0) == '+' || lit.charAt(0) == '-') {
            negative = lit.charAt(0) == '-';
            p = 1;
        }
        double v;
        char c = Character.toLowerCase(lit.charAt(p));
        if (c == 'i') {
            v = Double.POSITIVE_INFINITY;
        } else if (c == 'n') {
            v = Double.NaN;
        } else {
            v = Double.parseDouble(lit.substring(p));
        }
        return negative ? -v : v;
    }

    /** float(str) with CPython's rules and message. */
    public static double parse(String text) {
        String s = withoutUnderscores(text);
        if (s != null) {
            s = s.strip();
            if (!s.isEmpty() && scanFloat(s, 0) == s.length()) {
                return parseScanned(s);
            }
        }
        throw PyException.valueError("could not convert string to float: " + Repr.str(text));
    }

    private static double d(Object self) {
        return (Double) self;
    }

    // ---- conversions ----

    @PyMethod("($self, /)")
    public static Object is_integer(Object self) {
        double d = d(self);
        return !Double.isInfinite(d) && d == Math.floor(d);
    }

    @PyMethod("($self, /)")
    public static Object as_integer_ratio(Object self) {
        double d = d(self);
        if (Double.isInfinite(d)) {
            throw PyException.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PyException.valueError("cannot convert NaN to integer ratio");
        }
        if (d == 0) {
            return PyTuple.of(0L, 1L);
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant);
        if (exp >= 0) {
            return PyTuple.of(Arith.norm(num.shiftLeft(exp)), 1L);
        }
        return PyTuple.of(Arith.norm(num), Arith.norm(BigInteger.ONE.shiftLeft(-exp)));
    }

    @PyMethod("($self, /)")
    public static Object hex(Object self) {
        double d = d(self);
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1.0, d) < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String frac = String.format("%013x", mant);
        if (exp == 0) {
            return sign + "0x0." + frac + "p-1022";
        }
        int e = exp - 1023;
        return sign + "0x1." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static PyException badHex() {
        return PyException.valueError("invalid hexadecimal floating-point string");
    }

    /** float.__getformat__: the JVM's doubles are IEEE 754 binary64 on a little-endian machine. */
    @PyMethod(value = "($type, typestr, /)", doc = "You probably don't want to use this function.\n\n  typestr\n"
            + "    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\n"
            + "This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best "
            + "describes the format of floating point numbers used by the\nC type named by typestr.")
    public static Object __getformat__(Object cls, String typestr) {
        if (!typestr.equals("double") && !typestr.equals("float")) {
            throw PyException.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return "IEEE, little-endian";
    }

    @PyMethod("($type, string, /)")
    public static Object fromhex(Object cls, Object string) {
        if (!(string instanceof String text)) {
            throw PyException.typeError("bad argument type for built-in operation");
        }
        String s = text.strip();
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        BigInteger mant = BigInteger.ZERO;
        long fracDigits = 0;
        int digits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
            mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(i++), 16)));
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(i++), 16)));
                digits++;
                fracDigits++;
            }
        }
        if (digits == 0) {
            throw badHex();
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean expNeg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNeg = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                if (exp < 1L << 40) {
                    exp = exp * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (i == start) {
                throw badHex();
            }
            if (expNeg) {
                exp = -exp;
            }
        }
        if (i != n) {
            throw badHex();
        }
        double v = Arith.scaledToDouble(mant, exp - 4 * fracDigits);
        if (Double.isInfinite(v)) {
            throw PyException.overflow("hexadecimal value too large to represent as a float");
        }
        return negative ? -v : v;
    }

    @PyMethod("($self, /)")
    public static Object conjugate(Object self) { return self; }

    @PyGetter("real")
    public static Object real(Object self) { return self; }

    @PyGetter("imag")
    public static Object imag(Object self) { return 0.0; }

    @PyMethod("($self, /)")
    public static Object __int__(ThreadState ts, Object self) { return IntMethods.toInt(ts, self); }

    @PyMethod("($self, /)")
    public static Object __trunc__(ThreadState ts, Object self) { return IntMethods.toInt(ts, self); }

    @PyMethod("($self, /)")
    public static Object __floor__(ThreadState ts, Object self) { return IntMethods.toInt(ts, Math.floor(d(self))); }

    @PyMethod("($self, /)")
    public static Object __ceil__(ThreadState ts, Object self) { return IntMethods.toInt(ts, Math.ceil(d(self))); }

    @PyMethod("($self, /)")
    public static Object __float__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __getnewargs__(Object self) { return PyTuple.of(self); }

    @PyMethod("($self, ndigits=None, /)")
    public static Object __round__(ThreadState ts, Object self, Object ndigits) {
        return round(ts, d(self), ndigits);
    }

    /** round(x[, ndigits]) for a float: half-even, correctly rounded as CPython's dtoa-based rounding. */
    public static Object round(ThreadState ts, double x, Object ndigits) {
        if (ndigits == Singleton.NONE) {
            return IntMethods.toInt(ts, Math.rint(x));
        }
        long n = Ops.index(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (n > 323) {
            return x;
        }
        if (n < -308) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyException.overflow("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(Object self, Object spec) {
        if (!(spec instanceof String s)) {
            throw PyException.typeError("__format__() argument must be str, not " + Ops.typeName(spec));
        }
        return Formatter.formatFloat(d(self), s);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return Repr.floatRepr(d(self)); }

    @PyMethod("($self, /)")
    public static Object __hash__(Object self) { return Arith.hashDouble(d(self)); }

    @PyMethod("($self, /)")
    public static Object __bool__(Object self) { return d(self) != 0.0; }

    @PyMethod("($self, /)")
    public static Object __abs__(Object self) { return Math.abs(d(self)); }

    @PyMethod("($self, /)")
    public static Object __neg__(Object self) { return -d(self); }

    @PyMethod("($self, /)")
    public static Object __pos__(Object self) { return self; }

    // ---- operators, for explicit calls like (1.5).__add__(2) ----

    private static Object op(Arith.Op op, Object a, Object b) {
        boolean ra = a instanceof Double || Arith.isInt(a);
        boolean rb = b instanceof Double || Arith.isInt(b);
        if (!ra || !rb) {
            return Singleton.NOT_IMPLEMENTED;
        }
        return Arith.floatOp(op, Arith.toDouble(a), Arith.toDouble(b));
    }

    @PyMethod("($self, value, /)")
    public static Object __add__(Object self, Object other) { return op(Arith.Op.ADD, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __radd__(Object self, Object other) { return op(Arith.Op.ADD, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __sub__(Object self, Object other) { return op(Arith.Op.SUB, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rsub__(Object self, Object other) { return op(Arith.Op.SUB, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __mul__(Object self, Object other) { return op(Arith.Op.MUL, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(Object self, Object other) { return op(Arith.Op.MUL, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __truediv__(Object self, Object other) { return op(Arith.Op.TRUEDIV, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rtruediv__(Object self, Object other) { return op(Arith.Op.TRUEDIV, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __floordiv__(Object self, Object other) { return op(Arith.Op.FLOORDIV, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rfloordiv__(Object self, Object other) { return op(Arith.Op.FLOORDIV, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __mod__(Object self, Object other) { return op(Arith.Op.MOD, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rmod__(Object self, Object other) { return op(Arith.Op.MOD, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __divmod__(ThreadState ts, Object self, Object other) {
        return other instanceof Double || Arith.isInt(other) ? Arith.divmod(ts, self, other) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __rdivmod__(ThreadState ts, Object self, Object other) {
        return other instanceof Double || Arith.isInt(other) ? Arith.divmod(ts, other, self) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __pow__(Object self, Object other, Object mod) {
        if (mod != Singleton.NONE) {
            throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return op(Arith.Op.POW, self, other);
    }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __rpow__(Object self, Object other, Object mod) {
        if (mod != Singleton.NONE) {
            throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return op(Arith.Op.POW, other, self);
    }
}
