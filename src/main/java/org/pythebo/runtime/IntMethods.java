package org.pythebo.runtime;

import java.math.BigInteger;

import org.pythebo.runtime.PyAttrs.PyGetter;
import org.pythebo.runtime.PyAttrs.PyMethod;

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
            if (!(x instanceof String s)) {
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
        BigInteger v = new BigInteger(digits.toString(), b);
        return Arith.norm(negative ? v.negate() : v);
    }

    private static PyException invalid(String text, int base) {
        return PyException.valueError("invalid literal for int() with base " + base + ": " + Repr.str(text));
    }

    @PyMethod("($self, /)")
    public static Object bit_length(Object self) {
        return (long) Arith.big(self).abs().bitLength();
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
        return Formatter.formatInt(Arith.big(self), (String) spec);
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
    public static Object __add__(ThreadState ts, Object self, Object other) { return Arith.builtin(ts, Arith.Op.ADD, self, other); }

    @PyMethod("($self, other, /)")
    public static Object __sub__(ThreadState ts, Object self, Object other) { return Arith.builtin(ts, Arith.Op.SUB, self, other); }

    @PyMethod("($self, other, /)")
    public static Object __mul__(ThreadState ts, Object self, Object other) { return Arith.builtin(ts, Arith.Op.MUL, self, other); }
}
