# inf, nan and signed zeros through the math functions.
import math

inf, nan = math.inf, math.nan
def show(label, f, *args):
    try:
        r = f(*args)
        print(label, repr(r), math.copysign(1, r) if isinstance(r, float) and r == 0 else "")
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "exp2", "cbrt",
             "fabs", "ceil", "floor", "trunc", "frexp", "modf", "isinf", "isnan", "isfinite", "ulp", "degrees",
             "radians"]:
    f = getattr(math, name)
    for x in (inf, -inf, nan, 0.0, -0.0):
        show(name + "(" + repr(x) + ")", f, x)

for a in (inf, -inf, nan, 0.0, -0.0, 1.0, -1.0, 2.0, 0.5):
    for b in (inf, -inf, nan, 0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.5):
        for name in ("pow", "atan2", "copysign", "fmod", "remainder", "hypot", "nextafter"):
            show(name + "(" + repr(a) + ", " + repr(b) + ")", getattr(math, name), a, b)

show("fsum inf", math.fsum, [inf, 1.0, inf])
show("fsum nan", math.fsum, [nan, 1.0])
show("fsum -inf", math.fsum, [1e308, -inf, 1e308])
show("hypot inf nan", math.hypot, nan, inf)
show("dist nan", math.dist, (nan, 1), (1, 1))
show("isclose inf", math.isclose, inf, inf)
show("isclose -inf", math.isclose, inf, -inf)
show("isclose nan", math.isclose, nan, nan)
show("ldexp inf", math.ldexp, -inf, 10)
show("ldexp nan", math.ldexp, nan, -10)
show("ldexp -0", math.ldexp, -0.0, 2 ** 100)
show("gamma -0.5", math.gamma, -0.5)
show("gamma 171.7", math.gamma, 171.7)
show("gamma -200.5", math.gamma, -200.5)
show("gamma 1e-310", math.gamma, 1e-310)
show("lgamma -2.5", math.lgamma, -2.5)
show("exp -1000", math.exp, -1000)
show("expm1 -1000", math.expm1, -1000)
show("exp 709.7", math.exp, 709.7)
show("exp 710", math.exp, 710)
show("pow tiny", math.pow, 10, -400)
show("pow -8 1/3", math.pow, -8, 1 / 3)
show("pow 0 -1", math.pow, 0.0, -1)
show("pow -0 -3", math.pow, -0.0, -3)
show("log 1", math.log, 1)
show("log base", math.log, 8, 2)
show("log base 1", math.log, 8, 1)
