package org.pythebo.runtime.numbers;

import java.math.BigInteger;

import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Repr;

/** The methods of {@code int} (values are Long or BigInteger; bool is an int too). */
public final class IntMethods {
    private IntMethods() {}

    @PyMethod("($type, x=?, /, base=?)")
    public static Object __new__(ThreadState ts, Object cls, Object x, Object base) {
        if (cls != PyType.INT) {
            throw PyException.typeError("subclasses of int are not supported yet");
        }
        if (x == null) {
            if (base != null) {
                throw PyException.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base != null) {
            String s = literalText(x);
            if (s == null) {
                throw PyException.typeError("int() can't convert non-string with explicit base");
            }
            return parse(s, (int) Ops.index(base));
        }
        return toInt(ts, x);
    }

    public static Object toInt(ThreadState ts, Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyException.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyException.overflow("cannot convert float infinity to integer");
            }
            if (Math.abs(d) < 9.0e18) {
                return (long) (double) d;
            }
            return Arith.norm(new java.math.BigDecimal(d).toBigInteger());
        }
        if (x instanceof String s) {
            return parse(s, 10);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return parse(literalText(x), 10);
        }
        PyType t = Ops.type(x);
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            Object f = t.lookup(m);
            if (f != null) {
                Object r = Ops.callDescr(ts, f, x, Ops.NO_ARGS);
                if (!Arith.isInt(r)) {
                    throw PyException.typeError(m + " returned non-int (type " + Ops.typeName(r) + ")");
                }
                return r;
            }
        }
        throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name + "'");
    }

    /** The digits of a str, bytes or bytearray (or an instance of a subclass), bytes read as Latin-1; else null. */
    private static String literalText(Object x) {
        Object v = PyValueInstance.unwrap(x);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            byte[] b = v instanceof PyBytes pb ? pb.value() : ((PyByteArray) v).toBytes();
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    /** int(s, base) with CPython's rules (underscores between digits, whitespace, prefixes for base 0). */
    public static Object parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            if (s.length() - i > 1 && s.charAt(i) == '0') {
                for (int k = i; k < s.length(); k++) {
                    if (s.charAt(k) != '0' && s.charAt(k) != '_') {
                        throw invalid(text, base);
                    }
                }
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(text, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                throw invalid(text, base);
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            throw invalid(text, base);
        }
        if ((b & (b - 1)) != 0 && digits.length() > MAX_STR_DIGITS_THRESHOLD) {
            int limit = maxStrDigits();
            if (limit > 0 && digits.length() > limit) {
                throw PyException.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: "
                        + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return Arith.norm(negative ? v.negate() : v);
    }

    /** CPython's default for sys.set_int_max_str_digits, and the smallest limit it accepts (below, no check). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    /** The interpreter's limit on decimal digits (0: none); read only for ints beyond 640 digits. */
    private static int maxStrDigits() {
        ThreadState ts = ThreadState.current();
        return ts == null ? DEFAULT_MAX_STR_DIGITS : ts.interp.intMaxStrDigits;
    }

    /**
     * The decimal digits of a big int (str, repr, %d, format 'd'), refused like CPython's beyond
     * sys.get_int_max_str_digits() digits; clearly oversized values are refused before converting.
     */
    public static String decimal(BigInteger v) {
        int bits = v.bitLength();
        // Below 2**2126 there are at most 640 digits (2126 * log10(2) < 640).
        if (bits <= 2126) {
            return v.toString();
        }
        int limit = maxStrDigits();
        if (limit > 0 && (long) ((bits - 1) * 0.30102999566398) + 1 > limit) {
            throw strDigitsError(limit);
        }
        String s = v.toString();
        if (limit > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw strDigitsError(limit);
        }
        return s;
    }

    private static PyException strDigitsError(int limit) {
        return PyException.valueError("Exceeds the limit (" + limit
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    private static PyException invalid(String text, int base) {
        return PyException.valueError("invalid literal for int() with base " + base + ": " + Repr.str(text));
    }

    @PyMethod("($self, /)")
    public static Object bit_length(Object self) {
        return (long) Arith.big(self).abs().bitLength();
    }

    @PyMethod("($self, /)")
    public static Object bit_count(Object self) { return (long) Arith.big(self).abs().bitCount(); }

    @PyMethod("($self, /)")
    public static Object as_integer_ratio(Object self) { return PyTuple.of(__index__(self), 1L); }

    @PyMethod("($self, /)")
    public static Object conjugate(Object self) { return __index__(self); }

    @PyMethod("($self, /)")
    public static Object __trunc__(Object self) { return __index__(self); }

    @PyMethod("($self, /)")
    public static Object __floor__(Object self) { return __index__(self); }

    @PyMethod("($self, /)")
    public static Object __ceil__(Object self) { return __index__(self); }

    @PyMethod("($self, /)")
    public static Object __pos__(Object self) { return __index__(self); }

    @PyMethod("($self, /)")
    public static Object __neg__(ThreadState ts, Object self) { return Arith.neg(ts, self); }

    @PyMethod("($self, /)")
    public static Object __invert__(ThreadState ts, Object self) { return Arith.invert(ts, self); }

    @PyMethod("($self, /)")
    public static Object __bool__(Object self) { return Arith.big(self).signum() != 0; }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) { return Ops.hash(ts, __index__(self)); }

    @PyMethod("($self, /)")
    public static Object __getnewargs__(Object self) { return PyTuple.of(__index__(self)); }

    /** int's own repr, so that object.__repr__ of an int gives the default form, as in CPython. */
    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        Object v = __index__(self);
        return v instanceof BigInteger b ? decimal(b) : v.toString();
    }

    /** CPython's size: a 24-byte header and at least one 4-byte digit of 30 bits. */
    @PyMethod("($self, /)")
    public static Object __sizeof__(Object self) {
        Object v = __index__(self);
        int bits = v instanceof BigInteger b ? b.abs().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs((Long) v));
        return 24L + 4L * Math.max(1, (bits + 29) / 30);
    }

    /** round(int, ndigits): negative ndigits round to a multiple of 10**-ndigits, half to even. */
    @PyMethod("($self, ndigits=None, /)")
    public static Object __round__(Object self, Object ndigits) {
        Object v = __index__(self);
        if (ndigits == Singleton.NONE) {
            return v;
        }
        BigInteger n = Arith.big(Convert.index(null, ndigits));
        if (n.signum() >= 0) {
            return v;
        }
        if (n.compareTo(BigInteger.valueOf(-100000)) < 0) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow(-n.intValue());
        BigInteger x = Arith.big(v);
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Arith.norm(q.multiply(pow));
    }

    @PyMethod("($self, /, length=1, byteorder='big', *, signed=False)")
    public static Object to_bytes(ThreadState ts, Object self, Object length, Object byteorder, Object signed) {
        long n = Ops.index(length);
        if (n < 0) {
            throw PyException.valueError("length argument must be non-negative");
        }
        boolean little = byteOrder(byteorder);
        boolean sign = Ops.isTrue(ts, signed);
        BigInteger v = Arith.big(self);
        if (!sign && v.signum() < 0) {
            throw PyException.overflow("can't convert negative int to unsigned");
        }
        int bits = sign ? v.bitLength() + 1 : v.bitLength();
        if (bits > n * 8) {
            throw PyException.overflow("int too big to convert");
        }
        byte[] twos = v.toByteArray();
        byte[] out = new byte[(int) n];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < n; i++) {
            int src = twos.length - 1 - i;
            out[(int) n - 1 - i] = src >= 0 ? twos[src] : fill;
        }
        if (little) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return PyBytes.of(out);
    }

    private static boolean byteOrder(Object byteorder) {
        if (!(byteorder instanceof String s)) {
            throw PyException.typeError("to_bytes() argument 'byteorder' must be str, not " + Ops.typeName(byteorder));
        }
        return switch (s) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyException.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    @PyMethod("($type, /, bytes, byteorder='big', *, signed=False)")
    public static Object from_bytes(ThreadState ts, Object cls, Object bytes, Object byteorder, Object signed) {
        boolean little = byteOrder(byteorder);
        byte[] b;
        if (bytes instanceof PyBytes pb) {
            b = pb.value();
        } else if (bytes instanceof PyByteArray ba) {
            b = ba.toBytes();
        } else {
            if (bytes instanceof String || Ops.type(bytes).lookup("__iter__") == null) {
                throw PyException.typeError("cannot convert '" + Ops.typeName(bytes) + "' object to bytes");
            }
            Object[] items = Ops.toArray(ts, bytes);
            b = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long x = Ops.index(items[i]);
                if (x < 0 || x > 255) {
                    throw PyException.valueError("bytes must be in range(0, 256)");
                }
                b[i] = (byte) x;
            }
        }
        byte[] be = b.clone();
        if (little) {
            for (int i = 0, j = be.length - 1; i < j; i++, j--) {
                byte t = be[i];
                be[i] = be[j];
                be[j] = t;
            }
        }
        BigInteger v = be.length == 0 ? BigInteger.ZERO
                : Ops.isTrue(ts, signed) ? new BigInteger(be) : new BigInteger(1, be);
        return cls == PyType.INT ? Arith.norm(v) : Ops.call(ts, cls, Arith.norm(v));
    }

    @PyMethod("($self, /)")
    public static Object __index__(Object self) { return self instanceof Boolean b ? (b ? 1L : 0L) : self; }

    @PyMethod("($self, /)")
    public static Object __int__(Object self) { return __index__(self); }

    @PyMethod("($self, /)")
    public static Object __float__(Object self) { return Arith.toDouble(self); }

    @PyMethod("($self, /)")
    public static Object __abs__(Object self) { return Arith.norm(Arith.big(self).abs()); }

    @PyMethod("($self, /)")
    public static Object is_integer(Object self) { return true; }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(Object self, Object spec) {
        return Formatter.formatInt(self, Formatter.specArg(spec));
    }

    @PyGetter("real")
    public static Object real(Object self) { return __index__(self); }

    @PyGetter("imag")
    public static Object imag(Object self) { return 0L; }

    @PyGetter("numerator")
    public static Object numerator(Object self) { return __index__(self); }

    @PyGetter("denominator")
    public static Object denominator(Object self) { return 1L; }

    @PyMethod("($self, other, /)")
    public static Object __add__(Object self, Object other) { return intOnly(Arith.Op.ADD, self, other); }

    @PyMethod("($self, other, /)")
    public static Object __sub__(Object self, Object other) { return intOnly(Arith.Op.SUB, self, other); }

    @PyMethod("($self, other, /)")
    public static Object __mul__(Object self, Object other) { return intOnly(Arith.Op.MUL, self, other); }

    /** An operator between ints only (a float or other operand gives NotImplemented, as int's slots do). */
    static Object intOnly(Arith.Op op, Object a, Object b) {
        return Arith.isInt(a) && Arith.isInt(b) ? Arith.intOp(op, a, b) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __radd__(Object self, Object other) { return intOnly(Arith.Op.ADD, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __rsub__(Object self, Object other) { return intOnly(Arith.Op.SUB, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(Object self, Object other) { return intOnly(Arith.Op.MUL, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __truediv__(Object self, Object other) { return intOnly(Arith.Op.TRUEDIV, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rtruediv__(Object self, Object other) { return intOnly(Arith.Op.TRUEDIV, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __floordiv__(Object self, Object other) { return intOnly(Arith.Op.FLOORDIV, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rfloordiv__(Object self, Object other) { return intOnly(Arith.Op.FLOORDIV, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __mod__(Object self, Object other) { return intOnly(Arith.Op.MOD, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rmod__(Object self, Object other) { return intOnly(Arith.Op.MOD, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __divmod__(ThreadState ts, Object self, Object other) {
        return Arith.isInt(other) ? Arith.divmod(ts, self, other) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, /)")
    public static Object __rdivmod__(ThreadState ts, Object self, Object other) {
        return Arith.isInt(other) ? Arith.divmod(ts, other, self) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __pow__(ThreadState ts, Object self, Object other, Object mod) {
        if (!Arith.isInt(other)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        return mod == Singleton.NONE ? Arith.intOp(Arith.Op.POW, self, other) : Arith.pow3(ts, self, other, mod);
    }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __rpow__(ThreadState ts, Object self, Object other, Object mod) {
        if (!Arith.isInt(other)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        return mod == Singleton.NONE ? Arith.intOp(Arith.Op.POW, other, self) : Arith.pow3(ts, other, self, mod);
    }

    @PyMethod("($self, value, /)")
    public static Object __and__(Object self, Object other) { return intOnly(Arith.Op.AND, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rand__(Object self, Object other) { return intOnly(Arith.Op.AND, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __or__(Object self, Object other) { return intOnly(Arith.Op.OR, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __ror__(Object self, Object other) { return intOnly(Arith.Op.OR, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __xor__(Object self, Object other) { return intOnly(Arith.Op.XOR, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rxor__(Object self, Object other) { return intOnly(Arith.Op.XOR, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __lshift__(Object self, Object other) { return intOnly(Arith.Op.LSHIFT, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rlshift__(Object self, Object other) { return intOnly(Arith.Op.LSHIFT, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __rshift__(Object self, Object other) { return intOnly(Arith.Op.RSHIFT, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rrshift__(Object self, Object other) { return intOnly(Arith.Op.RSHIFT, other, self); }
}
