# Float results of the math functions, printed with repr (every digit must match CPython's).
import math

xs = [0.1, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 10.0, 0.001, 123.456, 1e-10, 1e10]
for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
             "sinh", "cosh", "tanh", "asinh", "gamma", "lgamma", "exp2", "fabs", "degrees", "radians"]:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
    print(name, [f(-x) for x in xs if name in ("exp", "expm1", "sin", "tan", "sinh", "cosh", "tanh", "asinh", "fabs", "exp2")])

print("atanh", [math.atanh(x) for x in (0.1, 0.5, -0.75, 0.999)])
print("acosh", [math.acosh(x) for x in (1.0, 1.5, 2.0, 10.0, 1e10)])
print("pow", [math.pow(2, 0.5), math.pow(10, -3), math.pow(1.0001, 10000), math.pow(-2, 3), math.pow(7, 1 / 3)])
print("atan2", [math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -1), math.atan2(-0.0, -1)])
print("hypot", [math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(), math.hypot(-7),
                math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300), math.hypot(0.1, 0.2, 0.3, 0.4)])
print("dist", [math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5], (0.5, -1.0)), math.dist((), ()),
               math.dist(iter([1, 2, 3]), [4, 5, 6])])
print("fmod", [math.fmod(10, 3), math.fmod(-10, 3), math.fmod(5.5, 1.25), math.fmod(-0.0, 1)])
print("remainder", [math.remainder(10, 3), math.remainder(11, 2), math.remainder(9, 2), math.remainder(-7.5, 5)])
print("copysign", [math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, -1e-300)])
print("frexp", [math.frexp(x) for x in (0.0, 1.0, 8.0, -0.3, 5e-324, 1e308)])
print("ldexp", [math.ldexp(0.5, 3), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1076),
                math.ldexp(0.75, 1024), math.ldexp(-1.0, -2 ** 100)])
print("modf", [math.modf(x) for x in (1.5, -1.5, 2.0, -0.0, 1e20, 7)])
print("nextafter", [math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(3, 3)])
print("ulp", [math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(1.7976931348623157e308), math.ulp(5e-324)])
print("fsum", [math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
               math.fsum([1e-16, 1, 1e16]), math.fsum(iter([1, 2.5, True])), math.fsum([]),
               math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([1.7976931348623157e308, -1e308])])
print("sum vs fsum", sum([0.1] * 10), math.fsum([0.1] * 10))
print("isclose", [math.isclose(1, 1 + 1e-10), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=0.01),
                  math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(a=2, b=2.0)])
print("prod", [math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10),
               math.prod([[1]], start=3), math.prod([1, 2], start=0.5)])
print("constants", math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.__name__, math.__doc__)
print(sorted(n for n in dir(math) if not n.startswith("_")))
print(math.sqrt, type(math.sqrt).__name__, math.floor.__name__)
