package org.pythebo.modules;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.PyComplex;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.PyModule;

/**
 * The {@code cmath} module. Finite arguments go through formulas that stay accurate where the
 * textbook ones cancel or overflow (Kahan's for the inverse functions, log1p near |z| = 1,
 * rescaling near the ends of the float range); infinities and NaNs get the values C99's Annex G
 * gives (CPython's choices where the annex leaves a sign open). As in CPython, a result that
 * signals an invalid operation is "math domain error" (ValueError) and one that overflows "math
 * range error" (OverflowError).
 */
public final class CmathModule {
    private CmathModule() {}

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("cmath",
                "This module provides access to mathematical functions for complex\nnumbers.", CmathModule.class);
        Globals g = module.globals;
        g.put("pi", Math.PI);
        g.put("e", Math.E);
        g.put("tau", 2 * Math.PI);
        g.put("inf", INF);
        g.put("infj", new PyComplex(0.0, INF));
        g.put("nan", Double.NaN);
        g.put("nanj", new PyComplex(0.0, Double.NaN));
        return module;
    }

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;
    private static final double HALF_PI = Math.PI / 2;
    /** Beyond this either part may overflow when squared or summed. */
    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    /** exp overflows above this. */
    private static final double LOG_LARGE = Math.log(Double.MAX_VALUE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);

    /** How a computation ended, as C's errno tells CPython: fine, invalid, or overflowed. */
    private static final int OK = 0;
    private static final int DOMAIN = 1;
    private static final int RANGE = 2;

    /** A complex result and how it was reached. */
    private record Result(double re, double im, int error) {
        Result(double re, double im) { this(re, im, OK); }

        Result negated() { return new Result(-re, -im, error); }

        /** -i times this: how the circular functions come from the hyperbolic ones. */
        Result timesMinusI() { return new Result(im, -re, error); }
    }

    private static Object value(Result r) {
        if (r.error == DOMAIN) {
            throw PyException.valueError("math domain error");
        }
        if (r.error == RANGE) {
            throw PyException.overflow("math range error");
        }
        return new PyComplex(r.re, r.im);
    }

    private static boolean finite(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    private static boolean overflowed(double re, double im) {
        return Double.isInfinite(re) || Double.isInfinite(im);
    }

    /**
     * sqrt(x*x + y*y) as the C library computes it (Math.hypot rounds differently): the rounded
     * root, corrected by (h*h - x*x - y*y) / 2h with that residual formed without cancellation
     * (Borges, "An Improved Algorithm for hypot(a,b)", 2019), on arguments scaled clear of
     * overflow and underflow.
     */
    private static double hypot(double x, double y) {
        double a = Math.abs(x);
        double b = Math.abs(y);
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return INF;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return NAN;
        }
        if (a < b) {
            double t = a;
            a = b;
            b = t;
        }
        if (b == 0) {
            return a;
        }
        double scale = 1;
        if (a > 0x1p500) {
            a *= 0x1p-600;
            b *= 0x1p-600;
            scale = 0x1p600;
        } else if (a < 0x1p-500) {
            a *= 0x1p600;
            b *= 0x1p600;
            scale = 0x1p-600;
        }
        double h = Math.sqrt(a * a + b * b);
        double residual;
        if (h <= 2 * b) {
            double delta = h - b;
            residual = a * (2 * delta - a) + (delta - 2 * (a - b)) * delta;
        } else {
            double delta = h - a;
            residual = 2 * delta * (a - 2 * b) + (4 * delta - b) * b + delta * delta;
        }
        h -= residual / (2 * h);
        return h * scale;
    }

    // ---- square root, exponential and logarithms ----

    private static Result sqrt(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(y)) {
                return new Result(INF, y);
            }
            if (Double.isNaN(x)) {
                return new Result(NAN, NAN);
            }
            if (Double.isInfinite(x)) {
                if (x > 0) {
                    return new Result(INF, Double.isNaN(y) ? NAN : Math.copySign(0.0, y));
                }
                return Double.isNaN(y) ? new Result(NAN, INF) : new Result(0.0, Math.copySign(INF, y));
            }
            return new Result(NAN, NAN);
        }
        if (x == 0 && y == 0) {
            return new Result(0.0, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // subnormal parts: scale up so that hypot keeps its precision
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0 ? new Result(s, Math.copySign(d, y)) : new Result(d, Math.copySign(s, y));
    }

    private static Result exp(double x, double y) {
        if (!finite(x, y)) {
            int error = Double.isInfinite(y) && (Double.isFinite(x) || x == INF) ? DOMAIN : OK;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0) {
                double magnitude = x > 0 ? INF : 0.0;
                return new Result(Math.copySign(magnitude, Math.cos(y)), Math.copySign(magnitude, Math.sin(y)));
            }
            if (y == 0) {
                return new Result(Double.isNaN(x) ? NAN : x > 0 ? INF : 0.0, y);
            }
            if (x == -INF) {
                return new Result(0.0, 0.0);
            }
            if (x == INF) {
                return new Result(INF, NAN, error);
            }
            return new Result(NAN, NAN, error);
        }
        double l;
        double re;
        double im;
        if (x > LOG_LARGE) {
            l = MathModule.exp(x - 1);
            re = l * Math.cos(y) * Math.E;
            im = l * Math.sin(y) * Math.E;
        } else {
            l = MathModule.exp(x);
            re = l * Math.cos(y);
            im = l * Math.sin(y);
        }
        return new Result(re, im, overflowed(re, im) ? RANGE : OK);
    }

    private static Result log(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return new Result(INF, Double.isNaN(x) || Double.isNaN(y) ? NAN : MathModule.atan2(y, x));
            }
            return new Result(NAN, NAN);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                return new Result(-INF, MathModule.atan2(y, x), DOMAIN);
            }
            re = Math.log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // log|z| = log1p(|z|**2 - 1) / 2, with |z|**2 - 1 formed without cancellation
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new Result(re, MathModule.atan2(y, x));
    }

    // ---- hyperbolic functions (the circular ones are these rotated) ----

    private static Result cosh(double x, double y) {
        if (!finite(x, y)) {
            int error = Double.isInfinite(y) && !Double.isNaN(x) ? DOMAIN : OK;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0) {
                double re = Math.copySign(INF, Math.cos(y));
                double im = Math.copySign(INF, Math.sin(y));
                return new Result(re, x > 0 ? im : -im);
            }
            if (y == 0) {
                return Double.isNaN(x) ? new Result(NAN, 0.0) : new Result(INF, x > 0 ? y : -y);
            }
            if (x == 0) {
                return new Result(NAN, 0.0, error);
            }
            if (Double.isInfinite(x)) {
                return new Result(INF, NAN, error);
            }
            return new Result(NAN, NAN, error);
        }
        double re;
        double im;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            re = Math.cos(y) * MathModule.cosh(xm1) * Math.E;
            im = Math.sin(y) * MathModule.sinh(xm1) * Math.E;
        } else {
            re = Math.cos(y) * MathModule.cosh(x);
            im = Math.sin(y) * MathModule.sinh(x);
        }
        return new Result(re, im, overflowed(re, im) ? RANGE : OK);
    }

    private static Result sinh(double x, double y) {
        if (!finite(x, y)) {
            int error = Double.isInfinite(y) && !Double.isNaN(x) ? DOMAIN : OK;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0) {
                double re = Math.copySign(INF, Math.cos(y));
                double im = Math.copySign(INF, Math.sin(y));
                return new Result(x > 0 ? re : -re, im);
            }
            if (y == 0) {
                return new Result(x, y);
            }
            if (x == 0) {
                return new Result(0.0, NAN, error);
            }
            if (Double.isInfinite(x)) {
                return new Result(INF, NAN, error);
            }
            return new Result(NAN, NAN, error);
        }
        double re;
        double im;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            re = Math.cos(y) * MathModule.sinh(xm1) * Math.E;
            im = Math.sin(y) * MathModule.cosh(xm1) * Math.E;
        } else {
            re = Math.cos(y) * MathModule.sinh(x);
            im = Math.sin(y) * MathModule.cosh(x);
        }
        return new Result(re, im, overflowed(re, im) ? RANGE : OK);
    }

    private static Result tanh(double x, double y) {
        if (!finite(x, y)) {
            int error = Double.isInfinite(y) && Double.isFinite(x) ? DOMAIN : OK;
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0) {
                return new Result(Math.copySign(1.0, x), Math.copySign(0.0, 2 * Math.sin(y) * Math.cos(y)));
            }
            if (Double.isInfinite(x)) {
                return new Result(Math.copySign(1.0, x), y == 0 ? y : 0.0);
            }
            if (y == 0) {
                return new Result(NAN, y);
            }
            return new Result(NAN, NAN, error);
        }
        if (Math.abs(x) > LOG_LARGE) {
            return new Result(Math.copySign(1.0, x), 4 * Math.sin(y) * Math.cos(y) * MathModule.exp(-2 * Math.abs(x)));
        }
        double tx = StrictMath.tanh(x);
        double ty = Math.tan(y);
        double cx = 1 / MathModule.cosh(x);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return new Result(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    // ---- inverse functions ----

    private static Result acos(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(y)) {
                return new Result(Double.isNaN(x) ? NAN : MathModule.atan2(INF, x), -y);
            }
            if (Double.isInfinite(x)) {
                if (Double.isNaN(y)) {
                    return new Result(NAN, INF);
                }
                return new Result(x < 0 ? Math.PI : 0.0, Math.copySign(INF, -y));
            }
            return new Result(x == 0 ? HALF_PI : NAN, NAN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = MathModule.atan2(Math.abs(y), x);
            double l = Math.log(hypot(x / 2, y / 2)) + 2 * LN2;
            return new Result(re, x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y));
        }
        Result s1 = sqrt(1 - x, -y);
        Result s2 = sqrt(1 + x, y);
        return new Result(2 * MathModule.atan2(s1.re, s2.re), MathModule.asinh(s2.re * s1.im - s2.im * s1.re));
    }

    private static Result acosh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(y)) {
                return new Result(INF, Double.isNaN(x) ? NAN : Math.copySign(MathModule.atan2(INF, x), y));
            }
            if (Double.isInfinite(x)) {
                return new Result(INF, Double.isNaN(y) ? NAN : Math.copySign(x < 0 ? Math.PI : 0.0, y));
            }
            return new Result(NAN, NAN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new Result(Math.log(hypot(x / 2, y / 2)) + 2 * LN2, MathModule.atan2(y, x));
        }
        Result s1 = sqrt(x - 1, y);
        Result s2 = sqrt(x + 1, y);
        return new Result(MathModule.asinh(s1.re * s2.re + s1.im * s2.im), 2 * MathModule.atan2(s1.im, s2.re));
    }

    private static Result asinh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(y)) {
                if (Double.isNaN(x)) {
                    return new Result(INF, NAN);
                }
                return new Result(Math.copySign(INF, x), Math.copySign(MathModule.atan2(INF, Math.abs(x)), y));
            }
            if (Double.isInfinite(x)) {
                return new Result(x, Double.isNaN(y) ? NAN : Math.copySign(0.0, y));
            }
            return new Result(NAN, y == 0 ? y : NAN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = Math.log(hypot(x / 2, y / 2)) + 2 * LN2;
            return new Result(y >= 0 ? Math.copySign(l, x) : -Math.copySign(l, -x), MathModule.atan2(y, Math.abs(x)));
        }
        Result s1 = sqrt(1 + y, -x);
        Result s2 = sqrt(1 - y, x);
        return new Result(MathModule.asinh(s1.re * s2.im - s2.re * s1.im), MathModule.atan2(y, s1.re * s2.re - s1.im * s2.im));
    }

    private static Result atanh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(y)) {
                return new Result(Double.isNaN(x) ? 0.0 : Math.copySign(0.0, x), Math.copySign(HALF_PI, y));
            }
            if (Double.isInfinite(x)) {
                return new Result(Math.copySign(0.0, x), Double.isNaN(y) ? NAN : Math.copySign(HALF_PI, y));
            }
            return new Result(x == 0 ? x : NAN, NAN);
        }
        if (x < 0) {
            return atanh(-x, -y).negated();
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = hypot(x / 2, y / 2);
            return new Result(x / 4 / h / h, -Math.copySign(HALF_PI, -y));
        }
        if (x == 1 && ay < SQRT_DBL_MIN) {
            if (ay == 0) {
                return new Result(INF, y, DOMAIN);
            }
            return new Result(-Math.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))),
                    Math.copySign(MathModule.atan2(2, -ay) / 2, y));
        }
        return new Result(Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4,
                -MathModule.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2);
    }

    // ---- the functions ----

    private static PyComplex arg(ThreadState ts, Object z) {
        return z instanceof PyComplex c ? c : Convert.asComplex(ts, z);
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the square root of z.")
    public static Object sqrt(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(sqrt(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the exponential value e**z.")
    public static Object exp(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(exp(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, base=?, /)", doc = """
            log(z[, base]) -> the logarithm of z to the given base.

            If the base not specified, returns the natural logarithm (base e) of z.""")
    public static Object log(ThreadState ts, Object z, Object base) {
        PyComplex c = arg(ts, z);
        Result r = log(c.real, c.imag);
        if (base == null) {
            return value(r);
        }
        PyComplex b = arg(ts, base);
        // as in CPython, only the base's logarithm and the division decide the error
        Result lb = log(b.real, b.imag);
        PyComplex q = PyComplex.quot(new PyComplex(r.re, r.im), new PyComplex(lb.re, lb.im));
        if (q == null) {
            return value(new Result(0.0, 0.0, DOMAIN));
        }
        return value(new Result(q.real, q.imag, lb.error));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the base-10 logarithm of z.")
    public static Object log10(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        Result r = log(c.real, c.imag);
        return value(new Result(r.re / LN10, r.im / LN10, r.error));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the hyperbolic cosine of z.")
    public static Object cosh(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(cosh(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the hyperbolic sine of z.")
    public static Object sinh(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(sinh(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the hyperbolic tangent of z.")
    public static Object tanh(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(tanh(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the cosine of z.")
    public static Object cos(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(cosh(-c.imag, c.real));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the sine of z.")
    public static Object sin(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(sinh(-c.imag, c.real).timesMinusI());
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the tangent of z.")
    public static Object tan(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(tanh(-c.imag, c.real).timesMinusI());
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the arc cosine of z.")
    public static Object acos(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(acos(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the inverse hyperbolic cosine of z.")
    public static Object acosh(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(acosh(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the arc sine of z.")
    public static Object asin(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(asinh(-c.imag, c.real).timesMinusI());
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the inverse hyperbolic sine of z.")
    public static Object asinh(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(asinh(c.real, c.imag));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the arc tangent of z.")
    public static Object atan(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(atanh(-c.imag, c.real).timesMinusI());
    }

    @PyMethod(value = "($module, z, /)", doc = "Return the inverse hyperbolic tangent of z.")
    public static Object atanh(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return value(atanh(c.real, c.imag));
    }

    // ---- polar coordinates and classification ----

    @PyMethod(value = "($module, z, /)", doc = """
            Return argument, also known as the phase angle, of a complex.""")
    public static Object phase(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        double phi = MathModule.atan2(c.imag, c.real);
        if (phi == 0 && c.imag != 0 && Double.isFinite(c.real)) {
            // the C library's atan2 reports an underflow to zero, and CPython passes it on
            throw PyException.overflow("math range error");
        }
        return phi;
    }

    /** |z| as _Py_c_abs: infinite if either part is, NaN if either is NaN, else hypot (which may overflow). */
    private static double abs(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return INF;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return NAN;
        }
        return hypot(x, y);
    }

    @PyMethod(value = "($module, z, /)", doc = """
            Convert a complex from rectangular coordinates to polar coordinates.

            r is the distance from 0 and phi the phase angle.""")
    public static Object polar(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        double r = abs(c.real, c.imag);
        if (Double.isInfinite(r) && finite(c.real, c.imag)) {
            throw PyException.overflow("math range error");
        }
        return PyTuple.of(r, MathModule.atan2(c.imag, c.real));
    }

    @PyMethod(value = "($module, r, phi, /)", doc = "Convert from polar coordinates to rectangular coordinates.")
    public static Object rect(ThreadState ts, Object r, Object phi) {
        double m = r instanceof Double d ? d : Convert.asDouble(ts, r);
        double a = phi instanceof Double d ? d : Convert.asDouble(ts, phi);
        return value(rect(m, a));
    }

    private static Result rect(double r, double phi) {
        if (!finite(r, phi)) {
            int error = r != 0 && !Double.isNaN(r) && Double.isInfinite(phi) ? DOMAIN : OK;
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0) {
                double re = Math.copySign(INF, Math.cos(phi));
                double im = Math.copySign(INF, Math.sin(phi));
                return r > 0 ? new Result(re, im) : new Result(-re, -im);
            }
            if (phi == 0) {
                return new Result(r, Double.isNaN(r) ? 0.0 : r > 0 ? phi : -phi);
            }
            if (r == 0) {
                return new Result(0.0, 0.0);
            }
            if (Double.isInfinite(r)) {
                return new Result(INF, NAN, error);
            }
            return new Result(NAN, NAN, error);
        }
        if (phi == 0) {
            // r * sin(phi) would do, but CPython writes it as r * phi
            return new Result(r, r * phi);
        }
        return new Result(r * Math.cos(phi), r * Math.sin(phi));
    }

    @PyMethod(value = "($module, z, /)", doc = "Return True if both the real and imaginary parts of z are finite, else False.")
    public static Object isfinite(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return finite(c.real, c.imag);
    }

    @PyMethod(value = "($module, z, /)", doc = "Checks if the real or imaginary part of z not a number (NaN).")
    public static Object isnan(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return Double.isNaN(c.real) || Double.isNaN(c.imag);
    }

    @PyMethod(value = "($module, z, /)", doc = "Checks if the real or imaginary part of z is infinite.")
    public static Object isinf(ThreadState ts, Object z) {
        PyComplex c = arg(ts, z);
        return Double.isInfinite(c.real) || Double.isInfinite(c.imag);
    }

    @PyMethod(value = "($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)", doc = """
            Determine whether two complex numbers are close in value.

              rel_tol
                maximum difference for being considered "close", relative to the
                magnitude of the input values
              abs_tol
                maximum difference for being considered "close", regardless of the
                magnitude of the input values

            Return True if a is close in value to b, and False otherwise.

            For the values to be considered close, the difference between them must be
            smaller than at least one of the tolerances.

            -inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
            not close to anything, even itself. inf and -inf are only close to themselves.""")
    public static Object isclose(ThreadState ts, Object a, Object b, double relTol, double absTol) {
        PyComplex x = arg(ts, a);
        PyComplex y = arg(ts, b);
        if (relTol < 0 || absTol < 0) {
            throw PyException.valueError("tolerances must be non-negative");
        }
        if (x.real == y.real && x.imag == y.imag) {
            return true;
        }
        if (Double.isInfinite(x.real) || Double.isInfinite(x.imag) || Double.isInfinite(y.real)
                || Double.isInfinite(y.imag)) {
            return false;
        }
        double diff = abs(x.real - y.real, x.imag - y.imag);
        return diff <= relTol * abs(y.real, y.imag) || diff <= relTol * abs(x.real, x.imag) || diff <= absTol;
    }
}
