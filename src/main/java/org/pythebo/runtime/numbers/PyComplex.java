package org.pythebo.runtime.numbers;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Repr;

/** complex: two doubles, immutable. Arithmetic follows CPython's complexobject.c algorithms. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("complex", PyType.OBJECT, PyComplex.class, PyType.Layout.OBJECT);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() { return TYPE; }

    /** A real number or complex as a complex, or null when {@code o} is neither. */
    static PyComplex coerce(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof Double d) {
            return new PyComplex(d, 0.0);
        }
        if (Arith.isInt(o)) {
            return new PyComplex(Arith.toDouble(o), 0.0);
        }
        return null;
    }

    // ---- the algorithms ----

    static PyComplex sum(PyComplex a, PyComplex b) { return new PyComplex(a.real + b.real, a.imag + b.imag); }

    static PyComplex diff(PyComplex a, PyComplex b) { return new PyComplex(a.real - b.real, a.imag - b.imag); }

    static PyComplex prod(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** Division as _Py_c_quot (scaled by the larger part of the divisor); null for division by zero. */
    public static PyComplex quot(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    /** _Py_c_pow; null when 0 is raised to a negative or complex power. */
    private static PyComplex cpow(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return ONE;
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                return null;
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** x**n for small integer n by repeated squaring, as c_powu. */
    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = ONE;
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            p = prod(p, p);
        }
        return r;
    }

    static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex p;
        long n = (long) b.real;
        if (b.imag == 0.0 && b.real == n) {
            if (n > 100 || n < -100) {
                p = cpow(a, new PyComplex(n, 0.0));
            } else if (n > 0) {
                p = powu(a, n);
            } else {
                p = quot(ONE, powu(a, -n));
            }
        } else {
            p = cpow(a, b);
        }
        if (p == null) {
            throw PyException.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
            throw PyException.overflow("complex exponentiation");
        }
        return p;
    }

    /** The arithmetic operators between complex and int/float/complex; NotImplemented otherwise. */
    static Object binary(Arith.Op op, Object x, Object y) {
        if (!(x instanceof PyComplex || x instanceof Double || Arith.isInt(x))
                || !(y instanceof PyComplex || y instanceof Double || Arith.isInt(y))) {
            return Singleton.NOT_IMPLEMENTED;
        }
        switch (op) {
            case ADD, SUB, MUL, TRUEDIV, POW -> { }
            default -> {
                return Singleton.NOT_IMPLEMENTED;
            }
        }
        PyComplex a = coerce(x);
        PyComplex b = coerce(y);
        return switch (op) {
            case ADD -> sum(a, b);
            case SUB -> diff(a, b);
            case MUL -> prod(a, b);
            case TRUEDIV -> {
                PyComplex q = quot(a, b);
                if (q == null) {
                    throw PyException.zeroDivision("complex division by zero");
                }
                yield q;
            }
            default -> pow(a, b);
        };
    }

    static double abs(PyComplex z) {
        if (Double.isInfinite(z.real) || Double.isInfinite(z.imag)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(z.real) || Double.isNaN(z.imag)) {
            return Double.NaN;
        }
        double r = Math.hypot(z.real, z.imag);
        if (Double.isInfinite(r)) {
            throw PyException.overflow("absolute value too large");
        }
        return r;
    }

    static long hash(PyComplex z) {
        long h = Arith.hashDouble(z.real) + 1000003L * Arith.hashDouble(z.imag);
        return h == -1 ? -2 : h;
    }

    /** A part of the repr: the float repr without a trailing ".0". */
    private static String part(double d) {
        String s = Repr.floatRepr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static String repr(PyComplex z) {
        if (z.real == 0.0 && Math.copySign(1.0, z.real) == 1.0) {
            return part(z.imag) + "j";
        }
        String im = part(z.imag);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + part(z.real) + sign + im + "j)";
    }

    /** Equality with int, float or complex; NotImplemented for anything else. */
    static Object equal(ThreadState ts, PyComplex z, Object other) {
        if (other instanceof PyComplex o) {
            return z.real == o.real && z.imag == o.imag;
        }
        if (other instanceof Double d) {
            return z.real == d && z.imag == 0.0;
        }
        if (Arith.isInt(other)) {
            return z.imag == 0.0 && Ops.eq(ts, z.real, other);
        }
        return Singleton.NOT_IMPLEMENTED;
    }

    // ---- construction ----

    @PyMethod("($type, real=?, imag=?)")
    public static Object __new__(ThreadState ts, Object cls, Object r, Object i) {
        if (r == null) {
            r = 0L;
        }
        if (r instanceof String s) {
            if (i != null) {
                throw PyException.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (i instanceof String) {
            throw PyException.typeError("complex() second arg can't be a string");
        }
        if (r instanceof PyComplex c && i == null && cls == TYPE) {
            return c;
        }
        PyComplex cr = null;
        if (!(r instanceof PyComplex)) {
            Object m = Ops.type(r).lookup("__complex__");
            if (m != null) {
                Object v = Ops.callDescr(ts, m, r, Ops.NO_ARGS);
                if (!(v instanceof PyComplex c)) {
                    throw PyException.typeError("__complex__ returned non-complex (type " + Ops.typeName(v) + ")");
                }
                cr = c;
            }
        } else {
            cr = (PyComplex) r;
        }
        boolean crIsComplex = cr != null;
        double crReal;
        double crImag = 0.0;
        if (cr != null) {
            crReal = cr.real;
            crImag = cr.imag;
        } else {
            if (!isNumber(r)) {
                throw PyException.typeError("complex() first argument must be a string or a number, not '"
                        + Ops.typeName(r) + "'");
            }
            crReal = toFloat(ts, r);
        }
        double ciReal;
        double ciImag = 0.0;
        boolean ciIsComplex = false;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            ciImag = c.imag;
            ciIsComplex = true;
        } else {
            if (!isNumber(i)) {
                throw PyException.typeError("complex() second argument must be a number, not '" + Ops.typeName(i) + "'");
            }
            ciReal = toFloat(ts, i);
        }
        if (ciIsComplex) {
            crReal -= ciImag;
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return new PyComplex(crReal, ciReal);
    }

    private static boolean isNumber(Object o) {
        if (o instanceof Double || Arith.isInt(o) || o instanceof PyComplex) {
            return true;
        }
        PyType t = Ops.type(o);
        return t.lookup("__float__") != null || t.lookup("__index__") != null;
    }

    private static double toFloat(ThreadState ts, Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (Arith.isInt(o)) {
            return Arith.toDouble(o);
        }
        return (Double) FloatMethods.__new__(ts, PyType.FLOAT, o);
    }

    private static PyException malformed() {
        return PyException.valueError("complex() arg is a malformed string");
    }

    /** complex(str): CPython's forms x, yj, x+yj, j, +j, x+j, optionally in parentheses. */
    static PyComplex parse(String text) {
        String s = FloatMethods.withoutUnderscores(text);
        if (s == null) {
            throw malformed();
        }
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        double x = 0.0;
        double y = 0.0;
        int end = FloatMethods.scanFloat(s, i);
        if (end > i) {
            double z = FloatMethods.parseScanned(s.substring(i, end));
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                end = FloatMethods.scanFloat(s, i);
                if (end > i) {
                    y = FloatMethods.parseScanned(s.substring(i, end));
                    i = end;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (i >= n || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) {
                    throw malformed();
                }
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (i >= n || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) {
                throw malformed();
            }
            i++;
        }
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (i >= n || s.charAt(i) != ')') {
                throw malformed();
            }
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new PyComplex(x, y);
    }

    // ---- Python methods ----

    private static PyComplex self(Object o) {
        return (PyComplex) o;
    }

    @PyGetter("real")
    public static Object getReal(Object self) { return self(self).real; }

    @PyGetter("imag")
    public static Object getImag(Object self) { return self(self).imag; }

    @PyMethod("($self, /)")
    public static Object conjugate(Object self) { return new PyComplex(self(self).real, -self(self).imag); }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return repr(self(self)); }

    @PyMethod("($self, /)")
    public static Object __hash__(Object self) { return hash(self(self)); }

    @PyMethod("($self, /)")
    public static Object __abs__(Object self) { return abs(self(self)); }

    @PyMethod("($self, /)")
    public static Object __bool__(Object self) { return self(self).real != 0.0 || self(self).imag != 0.0; }

    @PyMethod("($self, /)")
    public static Object __neg__(Object self) { return new PyComplex(-self(self).real, -self(self).imag); }

    @PyMethod("($self, /)")
    public static Object __pos__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __complex__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __getnewargs__(Object self) { return PyTuple.of(self(self).real, self(self).imag); }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return equal(ts, self(self), other); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        Object r = equal(ts, self(self), other);
        return r instanceof Boolean b ? !b : r;
    }

    @PyMethod("($self, value, /)")
    public static Object __add__(Object self, Object other) { return binary(Arith.Op.ADD, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __radd__(Object self, Object other) { return binary(Arith.Op.ADD, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __sub__(Object self, Object other) { return binary(Arith.Op.SUB, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rsub__(Object self, Object other) { return binary(Arith.Op.SUB, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __mul__(Object self, Object other) { return binary(Arith.Op.MUL, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(Object self, Object other) { return binary(Arith.Op.MUL, other, self); }

    @PyMethod("($self, value, /)")
    public static Object __truediv__(Object self, Object other) { return binary(Arith.Op.TRUEDIV, self, other); }

    @PyMethod("($self, value, /)")
    public static Object __rtruediv__(Object self, Object other) { return binary(Arith.Op.TRUEDIV, other, self); }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __pow__(Object self, Object other, Object mod) {
        if (mod != Singleton.NONE) {
            throw PyException.valueError("complex modulo");
        }
        return binary(Arith.Op.POW, self, other);
    }

    @PyMethod("($self, value, mod=None, /)")
    public static Object __rpow__(Object self, Object other, Object mod) {
        if (mod != Singleton.NONE) {
            throw PyException.valueError("complex modulo");
        }
        return binary(Arith.Op.POW, other, self);
    }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(Object self, Object spec) {
        if (!(spec instanceof String s)) {
            throw PyException.typeError("__format__() argument must be str, not " + Ops.typeName(spec));
        }
        return format(self(self), s);
    }

    /** format(complex, spec) as CPython's format_complex_internal. */
    static String format(PyComplex z, String spec) {
        if (spec.isEmpty()) {
            return repr(z);
        }
        Formatter.Spec s = Formatter.parse(spec, "complex");
        if (s.fill() == '0' && s.align() == '=' && spec.indexOf('=') < 0) {
            throw PyException.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (s.align() == '=') {
            throw PyException.valueError("Alignment '=' is not allowed in complex format specifier");
        }
        int type = s.type();
        long precision = s.precision();
        boolean skipRe = false;
        boolean parens = false;
        if (type == 0) {
            type = 'r';
            if (z.real == 0.0 && Math.copySign(1.0, z.real) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        switch (type) {
            case 'n' -> type = 'g';
            case 'e', 'E', 'f', 'F', 'g', 'G', 'r' -> { }
            default -> throw PyException.valueError("Unknown format code '" + (char) type
                    + "' for object of type 'complex'");
        }
        if (precision < 0) {
            precision = type == 'r' ? 0 : 6;
        } else if (type == 'r') {
            type = 'g';
        }
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            boolean neg = Math.copySign(1.0, z.real) < 0 && !Double.isNaN(z.real);
            if (neg) {
                sb.append('-');
            } else if (s.sign() == '+' || s.sign() == ' ') {
                sb.append(s.sign());
            }
            sb.append(Formatter.floatBody(Math.abs(z.real), (char) type, (int) precision, s.alt(), false));
        }
        boolean negIm = Math.copySign(1.0, z.imag) < 0 && !Double.isNaN(z.imag);
        if (negIm) {
            sb.append('-');
        } else if (!skipRe) {
            sb.append('+');
        } else if (s.sign() == '+' || s.sign() == ' ') {
            sb.append(s.sign());
        }
        sb.append(Formatter.floatBody(Math.abs(z.imag), (char) type, (int) precision, s.alt(), false));
        sb.append('j');
        if (parens) {
            sb.append(')');
        }
        long pad = s.width() - sb.codePointCount(0, sb.length());
        if (pad <= 0) {
            return sb.toString();
        }
        String fill = Character.toString(s.fill());
        char align = s.align() == 0 ? '>' : s.align();
        long left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
        return fill.repeat((int) left) + sb + fill.repeat((int) (pad - left));
    }
}
