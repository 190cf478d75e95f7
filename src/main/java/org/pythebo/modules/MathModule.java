package org.pythebo.modules;

import java.math.BigInteger;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * The {@code math} module. Float functions follow CPython's wrappers around the C library: a NaN
 * result from a non-NaN argument is "math domain error" (ValueError), an infinite result from a
 * finite argument "math range error" (OverflowError) where the function can overflow and a domain
 * error where it has a singularity. The Java function used for each was chosen by comparing its
 * results bit for bit with CPython's (glibc's) on a few thousand arguments.
 */
public final class MathModule {
    private MathModule() {}

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("math",
                "This module provides access to the mathematical functions\ndefined by the C standard.", MathModule.class);
        Globals g = module.globals;
        g.put("pi", Math.PI);
        g.put("e", Math.E);
        g.put("tau", 2 * Math.PI);
        g.put("inf", Double.POSITIVE_INFINITY);
        g.put("nan", Double.NaN);
        return module;
    }

    // ---- argument conversion ----

    private static PyException domainError() { return PyException.valueError("math domain error"); }

    private static PyException rangeError() { return PyException.overflow("math range error"); }

    /** The int value of an int or int subclass instance (PyLong_Check), else null. */
    private static Object intValue(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof PyValueInstance v && (v.value instanceof Long || v.value instanceof BigInteger)) {
            return v.value;
        }
        return null;
    }

    private static BigInteger big(Object i) {
        return i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
    }

    private static int signum(Object i) {
        return i instanceof Long l ? Long.signum(l) : ((BigInteger) i).signum();
    }

    /** math_1: a NaN from a non-NaN is a domain error; an infinity from a finite number overflow or a singularity. */
    private static Object result1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** math_2: the same rules for two arguments; an infinity from finite ones is always overflow. */
    private static Object result2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return r;
    }

    // ---- trigonometric and hyperbolic functions ----

    @PyMethod(value = "($module, x, /)", doc = "Return the sine of x (measured in radians).")
    public static Object sin(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.sin(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the cosine of x (measured in radians).")
    public static Object cos(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.cos(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the tangent of x (measured in radians).")
    public static Object tan(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.tan(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the arc sine (measured in radians) of x.

            The result is between -pi/2 and pi/2.""")
    public static Object asin(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.asin(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the arc cosine (measured in radians) of x.

            The result is between 0 and pi.""")
    public static Object acos(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.acos(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the arc tangent (measured in radians) of x.

            The result is between -pi/2 and pi/2.""")
    public static Object atan(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.atan(v), false);
    }

    @PyMethod(value = "($module, y, x, /)", doc = """
            Return the arc tangent (measured in radians) of y/x.

            Unlike atan(y/x), the signs of both x and y are considered.""")
    public static Object atan2(ThreadState ts, Object y, Object x) {
        double a = y instanceof Double d ? d : Convert.asDouble(ts, y);
        double b = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result2(a, b, atan2(a, b));
    }

    /**
     * atan2 rounded as the C library's (which is correctly rounded; fdlibm's, behind Math.atan2,
     * is an ulp off for one argument in ten): atan of the smaller-over-larger ratio t, reduced to
     * atan(k/32) + atan(u) with a small u and carried as a double-double until the quadrant is added.
     */
    static double atan2(double y, double x) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) {
            return Math.atan2(y, x);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        boolean steep = ay > ax;
        double num = steep ? ax : ay;
        double den = steep ? ay : ax;
        double tHi = num / den;
        if (tHi < 0x1p-30 && !steep && x > 0) {
            // atan(t) = t to within a millionth of an ulp: the rounded quotient (its remainder may be subnormal)
            return Math.copySign(tHi, y);
        }
        double tLo = Math.fma(-tHi, den, num) / den;
        int k = (int) Math.rint(tHi * 32);
        double c = k / 32.0;
        // u = (t - c) / (1 + t*c); t - c is exact (Sterbenz) and 1 + t*c <= 2
        double p = tHi * c;
        double pLo = Math.fma(tHi, c, -p) + tLo * c;
        double dHi = 1 + p;
        double dLo = (1 - dHi) + p + pLo;
        double nHi = tHi - c;
        double uHi = nHi / dHi;
        double uLo = (Math.fma(-uHi, dHi, nHi) + tLo - uHi * dLo) / dHi;
        double u2 = uHi * uHi;
        double q = u2 * (-1 / 3.0 + u2 * (1 / 5.0 + u2 * (-1 / 7.0 + u2 * (1 / 9.0 + u2 * (-1 / 11.0 + u2 / 13.0)))));
        double[] table = AtanTable.VALUES;
        double aHi = table[2 * k];
        double rHi = aHi + uHi;
        double rLo = (aHi - rHi) + uHi + table[2 * k + 1] + uLo + uHi * q;
        double r;
        if (steep) {
            // pi/2 - atan(t), or pi/2 + atan(t) left of the axis
            double sign = x > 0 ? -1 : 1;
            double hi = PI_2_HI + sign * rHi;
            double lo = (PI_2_HI - hi) + sign * rHi + PI_2_LO + sign * rLo;
            r = hi + lo;
        } else if (x < 0) {
            double hi = Math.PI - rHi;
            double lo = (Math.PI - hi) - rHi + PI_LO - rLo;
            r = hi + lo;
        } else {
            r = rHi + rLo;
        }
        return Math.copySign(r, y);
    }

    private static final double PI_LO = 1.2246467991473532e-16;
    private static final double PI_2_HI = Math.PI / 2;
    private static final double PI_2_LO = 6.123233995736766e-17;

    /** atan(k/32) for k = 0..32 as double-doubles (hi, lo), computed once in decimal. */
    private static final class AtanTable {
        static final double[] VALUES = compute();

        private static double[] compute() {
            java.math.MathContext mc = new java.math.MathContext(45);
            double[] out = new double[66];
            for (int k = 0; k <= 32; k++) {
                java.math.BigDecimal x = java.math.BigDecimal.valueOf(k).divide(java.math.BigDecimal.valueOf(32), mc);
                // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))), twice, then the series
                for (int i = 0; i < 2; i++) {
                    x = x.divide(java.math.BigDecimal.ONE.add(java.math.BigDecimal.ONE.add(x.multiply(x, mc)).sqrt(mc)), mc);
                }
                java.math.BigDecimal x2 = x.multiply(x, mc);
                java.math.BigDecimal term = x;
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                for (int n = 0; n < 40; n++) {
                    java.math.BigDecimal t = term.divide(java.math.BigDecimal.valueOf(2L * n + 1), mc);
                    sum = n % 2 == 0 ? sum.add(t, mc) : sum.subtract(t, mc);
                    term = term.multiply(x2, mc);
                }
                sum = sum.multiply(java.math.BigDecimal.valueOf(4), mc);
                double hi = sum.doubleValue();
                out[2 * k] = hi;
                out[2 * k + 1] = sum.subtract(new java.math.BigDecimal(hi), mc).doubleValue();
            }
            return out;
        }
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the hyperbolic sine of x.")
    public static Object sinh(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, sinh(v), true);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the hyperbolic cosine of x.")
    public static Object cosh(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, cosh(v), true);
    }

    /** cosh from exp (whose Java intrinsic matches glibc more often than fdlibm's does). */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (!(a < 0.5 * LN2)) {
            if (a < 22) {
                double t = Math.exp(a);
                return 0.5 * t + 0.5 / t;
            }
            if (a < LOG_MAX) {
                return 0.5 * Math.exp(a);
            }
            if (a <= COSH_MAX) {
                double w = Math.exp(0.5 * a);
                return 0.5 * w * w;
            }
            return Double.isNaN(a) ? a : Double.POSITIVE_INFINITY;
        }
        double t = Math.expm1(a);
        double w = 1 + t;
        if (a < 0x1p-55) {
            return w;
        }
        return 1 + (t * t) / (w + w);
    }

    /**
     * sinh through expm1 for moderate arguments (where e**x - e**-x cancels) and exp beyond, the
     * way the C library forms it; Math.sinh rounds differently for one argument in twenty.
     */
    static double sinh(double x) {
        double a = Math.abs(x);
        double h = Math.copySign(0.5, x);
        if (!(a < 22)) {
            if (Double.isNaN(a) || a == Double.POSITIVE_INFINITY) {
                return x;
            }
            if (a < LOG_MAX) {
                return h * exp(a);
            }
            if (a <= COSH_MAX) {
                double w = exp(0.5 * a);
                return h * w * w;
            }
            return x * 0x1p1023;
        }
        if (a < 0x1p-28) {
            return x;
        }
        double t = Math.expm1(a);
        if (a < 1) {
            return h * (2 * t - t * t / (t + 1));
        }
        return h * (t + t / (t + 1));
    }

    private static final double LN2 = 0.6931471805599453;
    private static final double LOG_MAX = 709.782712893384;
    private static final double COSH_MAX = 710.4758600739439;

    @PyMethod(value = "($module, x, /)", doc = "Return the hyperbolic tangent of x.")
    public static Object tanh(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, StrictMath.tanh(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the inverse hyperbolic sine of x.")
    public static Object asinh(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, asinh(v), false);
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        if (!Double.isFinite(a)) {
            return x;
        }
        double w;
        if (a < 0x1p-28) {
            return x;
        } else if (a > 0x1p28) {
            w = Math.log(a) + LN2;
        } else if (a > 2) {
            w = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the inverse hyperbolic cosine of x.")
    public static Object acosh(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, acosh(v), false);
    }

    private static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isFinite(x) ? Math.log(x) + LN2 : x;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the inverse hyperbolic tangent of x.")
    public static Object atanh(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, atanh(v), false);
    }

    private static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1 || Double.isNaN(a)) {
            return Double.NaN;
        }
        if (a == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        double t;
        if (a < 0.5) {
            if (a < 0x1p-28) {
                return x;
            }
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1 - a));
        } else {
            t = 0.5 * Math.log1p((a + a) / (1 - a));
        }
        return Math.copySign(t, x);
    }

    // ---- powers and logarithms ----

    @PyMethod(value = "($module, x, /)", doc = "Return the square root of x.")
    public static Object sqrt(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.sqrt(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the cube root of x.")
    public static Object cbrt(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.cbrt(v), false);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return e raised to the power of x.")
    public static Object exp(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, exp(v), true);
    }

    /**
     * e**x rounded as the C library rounds it (to nearest but for rare near-ties; Math.exp is
     * an ulp off for about one argument in four hundred): x = (32m + j) ln2/32 + r, and
     * 2**m * 2**(j/32) * e**r carried as a double-double until the last rounding. Results in the
     * subnormal range keep Math.exp.
     */
    static double exp(double x) {
        if (!(x > -708.39 && x < 709.8)) {
            return Math.exp(x);
        }
        double kd = Math.rint(x * INV_LN2_32);
        int k = (int) kd;
        // r = x - k*ln2/32 as rHi + rLo; k*LN2_32_HI is exact (the constant has 16 trailing zero bits)
        double a = x - kd * LN2_32_HI;
        double b = kd * LN2_32_LO;
        double rHi = a - b;
        double rLo = (a - rHi) - b - Math.fma(kd, LN2_32_LO, -b);
        // e**r - 1 = r + r*r/2 + tail, |r| <= ln2/64
        double half = rHi * rHi / 2;
        double halfLo = Math.fma(rHi, rHi, -2 * half) / 2;
        double tail = rHi * rHi * rHi * (1 / 6.0 + rHi * (1 / 24.0 + rHi * (1 / 120.0 + rHi * (1 / 720.0
                + rHi * (1 / 5040.0 + rHi / 40320.0)))));
        double sHi = rHi + half;
        double sLo = (rHi - sHi) + half + rLo + halfLo + rHi * rLo + tail;
        double[] table = Exp2Table.VALUES;
        int j = k & 31;
        double tHi = table[2 * j];
        double tLo = table[2 * j + 1];
        // 2**(j/32) * (1 + s)
        double p = tHi * sHi;
        double pLo = Math.fma(tHi, sHi, -p);
        double h = tHi + p;
        double lo = (tHi - h) + p + pLo + tHi * sLo + tLo + tLo * sHi;
        return Math.scalb(h + lo, k >> 5);
    }

    private static final double INV_LN2_32 = 32 / 0.6931471805599453;
    /** ln2/32 split so that the high part times any k here is exact. */
    private static final double LN2_32_HI = Double.longBitsToDouble(Double.doubleToLongBits(0.6931471805599453 / 32) & ~0xFFFFL);
    private static final double LN2_32_LO = new java.math.BigDecimal("0.0216608493924982909192885037955680177523593791987579766912712")
            .subtract(new java.math.BigDecimal(LN2_32_HI)).doubleValue();

    /** 2**(j/32) for j = 0..31 as double-doubles (hi, lo), by Newton's method in decimal. */
    private static final class Exp2Table {
        static final double[] VALUES = compute();

        private static double[] compute() {
            java.math.MathContext mc = new java.math.MathContext(45);
            double[] out = new double[64];
            for (int j = 0; j < 32; j++) {
                java.math.BigDecimal target = java.math.BigDecimal.valueOf(2).pow(j);
                java.math.BigDecimal y = new java.math.BigDecimal(Math.pow(2, j / 32.0));
                for (int i = 0; i < 4; i++) {
                    // y -= (y**32 - 2**j) / (32 y**31)
                    java.math.BigDecimal y31 = y.pow(31, mc);
                    y = y.subtract(y31.multiply(y, mc).subtract(target, mc).divide(y31.multiply(java.math.BigDecimal.valueOf(32), mc), mc), mc);
                }
                double hi = y.doubleValue();
                out[2 * j] = hi;
                out[2 * j + 1] = y.subtract(new java.math.BigDecimal(hi), mc).doubleValue();
            }
            return out;
        }
    }

    @PyMethod(value = "($module, x, /)", doc = "Return 2 raised to the power of x.")
    public static Object exp2(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.pow(2, v), true);
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return exp(x)-1.

            This function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.""")
    public static Object expm1(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.expm1(v), true);
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the natural logarithm of 1+x (base e).

            The result is computed in a way which is accurate for x near zero.""")
    public static Object log1p(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return result1(v, Math.log1p(v), false);
    }

    /** The three logarithms a huge int can be given to (loghelper scales it by a power of two). */
    private enum Log { E, TWO, TEN }

    private static double log(Log which, double x) {
        return switch (which) {
            case E -> Math.log(x);
            case TWO -> log2(x);
            case TEN -> log10(x);
        };
    }

    /** CPython's loghelper: ints of any size directly, other numbers through the float function. */
    private static double logOf(ThreadState ts, Object x, Log which) {
        double v;
        if (x instanceof Double d) {
            v = d;
        } else {
            Object i = intValue(x);
            if (i != null) {
                if (signum(i) <= 0) {
                    throw domainError();
                }
                double d = i instanceof Long l ? (double) l : ((BigInteger) i).doubleValue();
                if (Double.isInfinite(d)) {
                    BigInteger b = (BigInteger) i;
                    // m * 2**e with m rounded to 53 bits, as _PyLong_Frexp
                    int e = b.bitLength();
                    long top = b.shiftRight(e - 63).longValue();
                    if (b.getLowestSetBit() < e - 63) {
                        top |= 1;
                    }
                    double m = Math.scalb((double) top, -63);
                    if (m == 1.0) {
                        m = 0.5;
                        e++;
                    }
                    return log(which, m) + log(which, 2.0) * e;
                }
                return log(which, d);
            }
            v = Convert.asDouble(ts, x);
        }
        if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
            return v;
        }
        if (!(v > 0)) {
            throw domainError();
        }
        return log(which, v);
    }

    @PyMethod(value = "($module, x, base=?, /)", args = ArgStyle.GROUPS, doc = """
            log(x, [base=math.e])
            Return the logarithm of x to the given base.

            If the base not specified, returns the natural logarithm (base e) of x.""")
    public static Object log(ThreadState ts, Object x, Object base) {
        double num = logOf(ts, x, Log.E);
        if (base == null) {
            return num;
        }
        double den = logOf(ts, base, Log.E);
        if (den == 0) {
            throw PyException.zeroDivision("float division by zero");
        }
        return num / den;
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the base 2 logarithm of x.")
    public static Object log2(ThreadState ts, Object x) {
        return logOf(ts, x, Log.TWO);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the base 10 logarithm of x.")
    public static Object log10(ThreadState ts, Object x) {
        return logOf(ts, x, Log.TEN);
    }

    private static final double LOG10_2_HI = 3.01029995663611771306e-01;
    private static final double LOG10_2_LO = 3.69423907715893078616e-13;
    private static final double INV_LN10 = 4.34294481903251816668e-01;
    private static final double INV_LN2 = 1.4426950408889634;

    /** log10 of a positive finite x: n*log10(2) (split in two parts) plus log10 of the mantissa. */
    private static double log10(double x) {
        int n = exponentOf(x);
        // the mantissa in [1, 2) for x >= 1, in [0.5, 1) below, so that small logs keep their digits
        if (n < 0) {
            n++;
        }
        double m = Math.scalb(x, -n);
        return n * LOG10_2_LO + INV_LN10 * Math.log(m) + n * LOG10_2_HI;
    }

    /** log2 of a positive finite x: exact for powers of two. */
    private static double log2(double x) {
        int n = exponentOf(x);
        double m = Math.scalb(x, -n);
        if (m == 1.0) {
            return n;
        }
        if (m > SQRT2) {
            m *= 0.5;
            n++;
        }
        // log(m) = 2*atanh(s) = 2*(s + s^3/3 + s^5/5 + ...) with s = (m-1)/(m+1), s and the result
        // carried as double-doubles so that n + log(m)/ln2 is rounded once, at the end
        double f = m - 1;
        double dHi = 2 + f;
        double dLo = f - (dHi - 2);
        double sHi = f / dHi;
        double sLo = (Math.fma(-sHi, dHi, f) - sHi * dLo) / dHi;
        double z = sHi * sHi;
        double p = 1.0 / 27;
        for (int k = 25; k >= 3; k -= 2) {
            p = p * z + 1.0 / k;
        }
        double lHi = 2 * sHi;
        double lLo = 2 * sLo + 2 * sHi * z * p;
        double q = lHi * INV_LN2;
        double qErr = Math.fma(lHi, INV_LN2, -q) + lHi * INV_LN2_LO + lLo * INV_LN2;
        if (n == 0) {
            return q + qErr;
        }
        double hi = n + q;
        double lo = (n - hi) + q;
        return hi + (lo + qErr);
    }

    private static final double SQRT2 = 1.4142135623730951;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /** The unbiased binary exponent of a finite non-zero x, subnormals included. */
    private static int exponentOf(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return e;
    }

    @PyMethod(value = "($module, x, y, /)", doc = "Return x**y (x to the power of y).")
    public static Object pow(ThreadState ts, Object x, Object y) {
        double a = x instanceof Double d ? d : Convert.asDouble(ts, x);
        double b = y instanceof Double d ? d : Convert.asDouble(ts, y);
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            if (Double.isNaN(a)) {
                return b == 0 ? 1.0 : a;
            }
            if (Double.isNaN(b)) {
                return a == 1 ? 1.0 : b;
            }
            if (Double.isInfinite(a)) {
                boolean oddY = Double.isFinite(b) && Math.abs(b) % 2.0 == 1.0;
                if (b > 0) {
                    return oddY ? a : Math.abs(a);
                }
                if (b == 0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, a) : 0.0;
            }
            if (Math.abs(a) == 1) {
                return 1.0;
            }
            if (b > 0 && Math.abs(a) > 1 || b < 0 && Math.abs(a) < 1) {
                return Double.POSITIVE_INFINITY;
            }
            return 0.0;
        }
        double r = Math.pow(a, b);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw a == 0 ? domainError() : rangeError();
        }
        return r;
    }

    // ---- special functions ----

    @PyMethod(value = "($module, x, /)", doc = "Error function at x.")
    public static Object erf(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return erf(v);
    }

    @PyMethod(value = "($module, x, /)", doc = "Complementary error function at x.")
    public static Object erfc(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return erfc(v);
    }

    @PyMethod(value = "($module, x, /)", doc = "Gamma function at x.")
    public static Object gamma(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return gamma(v);
    }

    @PyMethod(value = "($module, x, /)", doc = "Natural logarithm of absolute value of Gamma function at x.")
    public static Object lgamma(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return lgamma(v);
    }

    // ---- float manipulation ----

    @PyMethod(value = "($module, x, /)", doc = "Return the absolute value of the float x.")
    public static Object fabs(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return Math.abs(v);
    }

    @PyMethod(value = "($module, x, y, /)", doc = """
            Return a float with the magnitude (absolute value) of x but the sign of y.

            On platforms that support signed zeros, copysign(1.0, -0.0)
            returns -1.0.
            """)
    public static Object copysign(ThreadState ts, Object x, Object y) {
        double a = x instanceof Double d ? d : Convert.asDouble(ts, x);
        double b = y instanceof Double d ? d : Convert.asDouble(ts, y);
        return Math.copySign(a, b);
    }

    @PyMethod(value = "($module, x, y, /)", doc = """
            Return fmod(x, y), according to platform C.

            x % y may differ.""")
    public static Object fmod(ThreadState ts, Object x, Object y) {
        double a = x instanceof Double d ? d : Convert.asDouble(ts, x);
        double b = y instanceof Double d ? d : Convert.asDouble(ts, y);
        if (Double.isInfinite(b) && Double.isFinite(a)) {
            return a;
        }
        double r = a % b;
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) {
            throw domainError();
        }
        return r;
    }

    @PyMethod(value = "($module, x, y, /)", doc = """
            Difference between x and the closest integer multiple of y.

            Return x - n*y where n*y is the closest integer multiple of y.
            In the case where x is exactly halfway between two multiples of
            y, the nearest even value of n is used. The result is always exact.""")
    public static Object remainder(ThreadState ts, Object x, Object y) {
        double a = x instanceof Double d ? d : Convert.asDouble(ts, x);
        double b = y instanceof Double d ? d : Convert.asDouble(ts, y);
        return result2(a, b, Math.IEEEremainder(a, b));
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the mantissa and exponent of x, as pair (m, e).

            m is a float and e is an int, such that x = m * 2.**e.
            If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.""")
    public static Object frexp(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        if (v == 0 || !Double.isFinite(v)) {
            return PyTuple.of(v, 0L);
        }
        int e = exponentOf(v) + 1;
        return PyTuple.of(Math.scalb(v, -e), (long) e);
    }

    @PyMethod(value = "($module, x, i, /)", doc = """
            Return x * (2**i).

            This is essentially the inverse of frexp().""")
    public static Object ldexp(ThreadState ts, Object x, Object i) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        Object n = intValue(i);
        if (n == null) {
            throw PyException.typeError("Expected an int as second argument to ldexp.");
        }
        long exp = n instanceof Long l ? l : ((BigInteger) n).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        if (exp > Integer.MAX_VALUE) {
            throw rangeError();
        }
        if (exp < Integer.MIN_VALUE) {
            return Math.copySign(0.0, v);
        }
        double r = Math.scalb(v, (int) exp);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the fractional and integer parts of x.

            Both results carry the sign of x and are floats.""")
    public static Object modf(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        if (Double.isInfinite(v)) {
            return PyTuple.of(Math.copySign(0.0, v), v);
        }
        if (Double.isNaN(v)) {
            return PyTuple.of(v, v);
        }
        double whole = v < 0 ? Math.ceil(v) : Math.floor(v);
        return PyTuple.of(Math.copySign(v - whole, v), whole);
    }

    @PyMethod(value = "($module, x, y, /)", doc = "Return the next floating-point value after x towards y.")
    public static Object nextafter(ThreadState ts, Object x, Object y) {
        double a = x instanceof Double d ? d : Convert.asDouble(ts, x);
        double b = y instanceof Double d ? d : Convert.asDouble(ts, y);
        return Math.nextAfter(a, b);
    }

    @PyMethod(value = "($module, x, /)", doc = "Return the value of the least significant bit of the float x.")
    public static Object ulp(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return Math.ulp(v);
    }

    @PyMethod(value = "($module, x, /)", doc = "Convert angle x from radians to degrees.")
    public static Object degrees(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return v * (180.0 / Math.PI);
    }

    @PyMethod(value = "($module, x, /)", doc = "Convert angle x from degrees to radians.")
    public static Object radians(ThreadState ts, Object x) {
        double v = x instanceof Double d ? d : Convert.asDouble(ts, x);
        return v * (Math.PI / 180.0);
    }

    @PyMethod(value = "($module, x, /)",
            doc = "Return True if x is neither an infinity nor a NaN, and False otherwise.")
    public static Object isfinite(ThreadState ts, Object x) {
        return Double.isFinite(x instanceof Double d ? d : Convert.asDouble(ts, x));
    }

    @PyMethod(value = "($module, x, /)",
            doc = "Return True if x is a positive or negative infinity, and False otherwise.")
    public static Object isinf(ThreadState ts, Object x) {
        return Double.isInfinite(x instanceof Double d ? d : Convert.asDouble(ts, x));
    }

    @PyMethod(value = "($module, x, /)", doc = "Return True if x is a NaN (not a number), and False otherwise.")
    public static Object isnan(ThreadState ts, Object x) {
        return Double.isNaN(x instanceof Double d ? d : Convert.asDouble(ts, x));
    }

    @PyMethod(value = "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", doc = """
            Determine whether two floating point numbers are close in value.

              rel_tol
                maximum difference for being considered "close", relative to the
                magnitude of the input values
              abs_tol
                maximum difference for being considered "close", regardless of the
                magnitude of the input values

            Return True if a is close in value to b, and False otherwise.

            For the values to be considered close, the difference between them
            must be smaller than at least one of the tolerances.

            -inf, inf and NaN behave similarly to the IEEE 754 Standard.  That
            is, NaN is not close to anything, even itself.  inf and -inf are
            only close to themselves.""")
    public static Object isclose(ThreadState ts, Object a, Object b, Object relTol, Object absTol) {
        double x = Convert.asDouble(ts, a);
        double y = Convert.asDouble(ts, b);
        double rel = Convert.asDouble(ts, relTol);
        double abs = Convert.asDouble(ts, absTol);
        if (rel < 0 || abs < 0) {
            throw PyException.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    // ---- rounding to int ----

    /** The result of __floor__/__ceil__/__trunc__ looked up on the type, or null when it has none. */
    private static Object callSpecial(ThreadState ts, Object x, String name) {
        Object m = Ops.type(x).lookup(name);
        return m == null ? null : Ops.callDescr(ts, m, x, Ops.NO_ARGS);
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the floor of x as an Integral.

            This is the largest integer <= x.""")
    public static Object floor(ThreadState ts, Object x) {
        if (x instanceof Double d) {
            return IntMethods.toInt(ts, Math.floor(d));
        }
        if (x instanceof Long) {
            return x;
        }
        Object r = callSpecial(ts, x, "__floor__");
        return r != null ? r : IntMethods.toInt(ts, Math.floor(Convert.asDouble(ts, x)));
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Return the ceiling of x as an Integral.

            This is the smallest integer >= x.""")
    public static Object ceil(ThreadState ts, Object x) {
        if (x instanceof Double d) {
            return IntMethods.toInt(ts, Math.ceil(d));
        }
        if (x instanceof Long) {
            return x;
        }
        Object r = callSpecial(ts, x, "__ceil__");
        return r != null ? r : IntMethods.toInt(ts, Math.ceil(Convert.asDouble(ts, x)));
    }

    @PyMethod(value = "($module, x, /)", doc = """
            Truncates the Real x to the nearest Integral toward 0.

            Uses the __trunc__ magic method.""")
    public static Object trunc(ThreadState ts, Object x) {
        if (x instanceof Double || x instanceof Long) {
            return IntMethods.toInt(ts, x);
        }
        Object r = callSpecial(ts, x, "__trunc__");
        if (r == null) {
            throw PyException.typeError("type " + Ops.typeName(x) + " doesn't define __trunc__ method");
        }
        return r;
    }

    // ---- sums and norms ----

    @PyMethod(value = "($module, seq, /)", doc = """
            Return an accurate floating point sum of values in the iterable seq.

            Assumes IEEE-754 floating point arithmetic.""")
    public static Object fsum(ThreadState ts, Object seq) {
        PyIterator it = Ops.iter(ts, seq);
        // Shewchuk's exact partial sums: non-overlapping, increasing in magnitude
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0;
        double infSum = 0;
        for (Object item = it.next(ts); item != null; item = it.next(ts)) {
            double x = item instanceof Double d ? d : Convert.asDouble(ts, item);
            double original = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0) {
                if (!Double.isFinite(x)) {
                    // an infinity or NaN among the items, or an intermediate overflow
                    if (Double.isFinite(original)) {
                        throw PyException.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(original)) {
                        infSum += original;
                    }
                    specialSum += original;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, 2 * n);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0) {
            if (Double.isNaN(infSum)) {
                throw PyException.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0;
            // add from the top while the sum stays exact
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0) {
                    break;
                }
            }
            // round half to even across partials: the rest may tip a tie
            if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0)) {
                double y = lo * 2;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    @PyMethod(value = "($module, *coordinates)", doc = """
            hypot(*coordinates) -> value

            Multidimensional Euclidean distance from the origin to a point.

            Roughly equivalent to:
                sqrt(sum(x**2 for x in coordinates))

            For a two dimensional point (x, y), gives the hypotenuse
            using the Pythagorean theorem:  sqrt(x*x + y*y).

            For example, the hypotenuse of a 3/4/5 right triangle is:

                >>> hypot(3.0, 4.0)
                5.0
            """)
    public static Object hypot(ThreadState ts, Object[] coordinates) {
        int n = coordinates.length;
        double[] v = new double[n];
        double max = 0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            Object c = coordinates[i];
            double x = Math.abs(c instanceof Double d ? d : Convert.asDouble(ts, c));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, n, max, nan);
    }

    @PyMethod(value = "($module, p, q, /)", doc = """
            Return the Euclidean distance between two points p and q.

            The points should be specified as sequences (or iterables) of
            coordinates.  Both inputs must have the same dimension.

            Roughly equivalent to:
                sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))""")
    public static Object dist(ThreadState ts, Object p, Object q) {
        Object[] a = Ops.toArray(ts, p);
        Object[] b = Ops.toArray(ts, q);
        if (a.length != b.length) {
            throw PyException.valueError("both points must have the same number of dimensions");
        }
        int n = a.length;
        double[] v = new double[n];
        double max = 0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double px = a[i] instanceof Double d ? d : Convert.asDouble(ts, a[i]);
            double qx = b[i] instanceof Double d ? d : Convert.asDouble(ts, b[i]);
            double x = Math.abs(px - qx);
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, n, max, nan);
    }

    /**
     * The Euclidean norm of non-negative values whose largest is max, as CPython computes it: scaled
     * by a power of two, squares split exactly (Veltkamp-Dekker), compensated sums, and one
     * correction of the square root.
     */
    private static double vectorNorm(double[] v, int n, double max, boolean nan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || n <= 1) {
            return max;
        }
        int maxE = exponentOf(max) + 1;
        double csum = 1;
        double frac1 = 0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            double frac2 = 0;
            double frac3 = 0;
            for (int i = 0; i < n; i++) {
                double x = v[i] * scale;
                double t = x * SPLIT;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
                x = 2.0 * hi * lo;
                old = csum;
                csum += x;
                frac2 += (old - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double t = h * SPLIT;
            double hi = t - (t - h);
            double lo = h - hi;
            double x = -hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = -2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            x = -lo * lo;
            old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // max is so small that 2**-maxE overflows: divide by max instead
        for (int i = 0; i < n; i++) {
            double x = v[i] / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    /** 2**27 + 1, the Veltkamp-Dekker splitting constant. */
    private static final double SPLIT = 134217729.0;

    @PyMethod(value = "($module, iterable, /, *, start=1)", doc = """
            Calculate the product of all the elements in the input iterable.

            The default start value for the product is 1.

            When the iterable is empty, return the start value.  This function is
            intended specifically for use with numeric values and may reject
            non-numeric types.""")
    public static Object prod(ThreadState ts, Object iterable, Object start) {
        PyIterator it = Ops.iter(ts, iterable);
        Object result = start;
        for (Object item = it.next(ts); item != null; item = it.next(ts)) {
            result = Arith.mul(ts, result, item);
        }
        return result;
    }

    // ---- integer functions ----

    @PyMethod(value = "($module, n, /)", doc = """
            Find n!.

            Raise a ValueError if x is negative or non-integral.""")
    public static Object factorial(ThreadState ts, Object n) {
        Object i = n instanceof Long ? n : Convert.index(ts, n);
        if (i instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PyException.valueError("factorial() not defined for negative values");
            }
            throw PyException.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        long v = (Long) i;
        if (v < 0) {
            throw PyException.valueError("factorial() not defined for negative values");
        }
        if (v <= 20) {
            long f = 1;
            for (long k = 2; k <= v; k++) {
                f *= k;
            }
            return f;
        }
        return Arith.norm(rangeProduct(2, v - 1));
    }

    /** The product of count consecutive ints from start (both small), split in halves so the factors stay balanced. */
    private static BigInteger rangeProduct(long start, long count) {
        if (count <= 16) {
            BigInteger p = BigInteger.ONE;
            long acc = 1;
            for (long k = start; k < start + count; k++) {
                if (Math.multiplyHigh(acc, k) != 0 || acc * k < 0) {
                    p = p.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= k;
            }
            return p.multiply(BigInteger.valueOf(acc));
        }
        long half = count / 2;
        return rangeProduct(start, half).multiply(rangeProduct(start + half, count - half));
    }

    /** The product of count consecutive ints from a big start. */
    private static BigInteger rangeProduct(BigInteger start, long count) {
        if (count <= 8) {
            BigInteger p = BigInteger.ONE;
            for (long k = 0; k < count; k++) {
                p = p.multiply(start.add(BigInteger.valueOf(k)));
            }
            return p;
        }
        long half = count / 2;
        return rangeProduct(start, half).multiply(rangeProduct(start.add(BigInteger.valueOf(half)), count - half));
    }

    /** n * (n-1) * ... * (n-k+1) for 0 <= k <= n. */
    private static BigInteger fallingFactorial(Object n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (n instanceof Long l && l < Long.MAX_VALUE / 2) {
            return rangeProduct(l - k + 1, k);
        }
        return rangeProduct(big(n).subtract(BigInteger.valueOf(k - 1)), k);
    }

    @PyMethod(value = "($module, n, k=None, /)", doc = """
            Number of ways to choose k items from n items without repetition and with order.

            Evaluates to n! / (n - k)! when k <= n and evaluates
            to zero when k > n.

            If k is not specified or is None, then k defaults to n
            and the function returns n!.

            Raises TypeError if either of the arguments are not integers.
            Raises ValueError if either of the arguments are negative.""")
    public static Object perm(ThreadState ts, Object n, Object k) {
        Object ni = Convert.index(ts, n);
        if (k == org.pythebo.runtime.objects.Singleton.NONE) {
            return factorial(ts, ni);
        }
        Object ki = Convert.index(ts, k);
        if (signum(ni) < 0) {
            throw PyException.valueError("n must be a non-negative integer");
        }
        if (signum(ki) < 0) {
            throw PyException.valueError("k must be a non-negative integer");
        }
        if (big(ni).compareTo(big(ki)) < 0) {
            return 0L;
        }
        if (ki instanceof BigInteger) {
            throw PyException.overflow("k must not exceed " + Long.MAX_VALUE);
        }
        return Arith.norm(fallingFactorial(ni, (Long) ki));
    }

    @PyMethod(value = "($module, n, k, /)", doc = """
            Number of ways to choose k items from n items without repetition and without order.

            Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates
            to zero when k > n.

            Also called the binomial coefficient because it is equivalent
            to the coefficient of k-th term in polynomial expansion of the
            expression (1 + x)**n.

            Raises TypeError if either of the arguments are not integers.
            Raises ValueError if either of the arguments are negative.""")
    public static Object comb(ThreadState ts, Object n, Object k) {
        Object ni = Convert.index(ts, n);
        Object ki = Convert.index(ts, k);
        if (signum(ni) < 0) {
            throw PyException.valueError("n must be a non-negative integer");
        }
        if (signum(ki) < 0) {
            throw PyException.valueError("k must be a non-negative integer");
        }
        BigInteger bn = big(ni);
        BigInteger bk = big(ki);
        if (bn.compareTo(bk) < 0) {
            return 0L;
        }
        BigInteger other = bn.subtract(bk);
        if (other.compareTo(bk) < 0) {
            bk = other;
        }
        if (bk.bitLength() >= 64) {
            throw PyException.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = bk.longValue();
        if (ni instanceof Long nl) {
            // C(n, i+1) = C(n, i) * (n-i) / (i+1) stays exact while the products fit
            long c = 1;
            int i = 0;
            for (; i < kk; i++) {
                long f = nl - i;
                if (Math.multiplyHigh(c, f) != 0 || c * f < 0) {
                    break;
                }
                c = c * f / (i + 1);
            }
            if (i == kk) {
                return c;
            }
        }
        return Arith.norm(fallingFactorial(ni, kk).divide(rangeProduct(1, kk)));
    }

    @PyMethod(value = "($module, n, /)", doc = "Return the integer part of the square root of the input.")
    public static Object isqrt(ThreadState ts, Object n) {
        Object i = Convert.index(ts, n);
        if (signum(i) < 0) {
            throw PyException.valueError("isqrt() argument must be nonnegative");
        }
        if (i instanceof Long l && l < (1L << 62)) {
            long r = (long) Math.sqrt((double) l);
            while (r * r > l) {
                r--;
            }
            while ((r + 1) * (r + 1) <= l) {
                r++;
            }
            return r;
        }
        return Arith.norm(big(i).sqrt());
    }

    @PyMethod(value = "($module, *integers)", doc = "Greatest Common Divisor.")
    public static Object gcd(ThreadState ts, Object[] integers) {
        if (integers.length == 0) {
            return 0L;
        }
        Object r = abs(Convert.index(ts, integers[0]));
        for (int i = 1; i < integers.length; i++) {
            Object x = Convert.index(ts, integers[i]);
            if (r instanceof Long a && a == 1) {
                continue;
            }
            r = gcd(r, x);
        }
        return r;
    }

    private static Object abs(Object i) {
        if (i instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        return ((BigInteger) i).abs();
    }

    private static Object gcd(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            long p = Math.abs(x);
            long q = Math.abs(y);
            while (q != 0) {
                long t = p % q;
                p = q;
                q = t;
            }
            return p;
        }
        return Arith.norm(big(a).gcd(big(b)));
    }

    @PyMethod(value = "($module, *integers)", doc = "Least Common Multiple.")
    public static Object lcm(ThreadState ts, Object[] integers) {
        if (integers.length == 0) {
            return 1L;
        }
        Object r = abs(Convert.index(ts, integers[0]));
        for (int i = 1; i < integers.length; i++) {
            Object x = Convert.index(ts, integers[i]);
            if (r instanceof Long a && a == 0) {
                continue;
            }
            if (signum(x) == 0) {
                r = 0L;
                continue;
            }
            Object g = gcd(r, x);
            r = Arith.norm(big(r).divide(big(g)).multiply(big(x)).abs());
        }
        return r;
    }

    // ---- gamma, lgamma (CPython's own Lanczos approximation), erf, erfc ----

    /** Lanczos' g and the rational form of his sum (N = 13), as CPython (after Boost) uses them. */
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The denominator x*(x+1)*...*(x+11) as a polynomial. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0;
        double den = 0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            // in powers of 1/x, so large x cannot overflow
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x), exact at integers and accurate near them (the reflection formula needs that). */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    private static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw domainError();
        }
        if (x == 0) {
            throw domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                throw domainError();
            }
            if (x <= 23) {
                double f = 1;
                for (int k = 2; k < (int) x; k++) {
                    f *= k;
                }
                return f;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0) {
                return 0.0 / sinPi(x);
            }
            throw rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        // the rounding error of y, to correct pow and exp for it
        double z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -Math.PI / sinPi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    private static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0) {
                throw domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0) {
            r = LOG_PI - Math.log(Math.abs(sinPi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

    /** erf by its power series (|x| < 1.5). */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0;
        double fk = 25.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * expMinusSquare(x, x2) / SQRT_PI;
    }

    /** erfc by its continued fraction (x >= 1.5); below the smallest float from 30 on. */
    private static double erfcContinuedFraction(double x) {
        if (x >= 30.0) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0;
        double da = 0.5;
        double p = 1;
        double pLast = 0;
        double q = da + x2;
        double qLast = 1;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * expMinusSquare(x, x2) / SQRT_PI;
    }

    /** exp(-x*x) given x2 = x*x rounded: the rounding error of x2 would be magnified by up to 2*x*x. */
    private static double expMinusSquare(double x, double x2) {
        double lo = Math.fma(x, x, -x2);
        return Math.exp(-x2) * (1 - lo);
    }

    private static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return erfSeries(x);
        }
        double cf = erfcContinuedFraction(a);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    private static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContinuedFraction(a);
        return x > 0 ? cf : 2.0 - cf;
    }
}
