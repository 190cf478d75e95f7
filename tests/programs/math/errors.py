# The errors of the math module: types and messages.
import math

class NoFloat:
    pass

class BadFloat:
    def __float__(self):
        return "x"

class BadIndex:
    def __index__(self):
        return 1.5

cases = [
    "math.sqrt(-1)", "math.sqrt('a')", "math.sqrt(None)", "math.sqrt(NoFloat())", "math.sqrt(BadFloat())",
    "math.sqrt(2 ** 2000)", "math.exp(1000)", "math.exp(2 ** 2000)", "math.log(0)", "math.log(-1)", "math.log(-2 ** 3000)",
    "math.log(0.0, 2)", "math.log(10, 0)", "math.log(10, 1)", "math.log(10, 1.0)", "math.log()", "math.log(1, 2, 3)",
    "math.log('a')", "math.log(1, 'a')", "math.log2(0)", "math.log2(-2 ** 3000)", "math.log10(-1)", "math.log1p(-1)",
    "math.log1p(-2)", "math.acos(2)", "math.asin(-1.5)", "math.acosh(0.5)", "math.atanh(1)", "math.atanh(-1)",
    "math.cosh(1000)", "math.sinh(-1000)", "math.expm1(1000)", "math.exp2(1025)", "math.gamma(0)", "math.gamma(-3)",
    "math.gamma(172)", "math.gamma(-math.inf)", "math.lgamma(0)", "math.lgamma(-4)", "math.lgamma(1e308)",
    "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.pow(-10, 401)", "math.fmod(1, 0)",
    "math.fmod(math.inf, 1)", "math.remainder(1, 0)", "math.remainder(math.inf, 1)", "math.tan(math.inf)",
    "math.sin(-math.inf)", "math.cos(math.inf)", "math.ldexp(1.0, 2 ** 100)", "math.ldexp(1e308, 10)",
    "math.ldexp(1.0, 1.5)", "math.ldexp(1.0, '1')", "math.ldexp('1', 1)", "math.factorial(-1)", "math.factorial(5.0)",
    "math.factorial(2 ** 70)", "math.factorial(-2 ** 70)", "math.factorial('5')", "math.isqrt(-1)", "math.isqrt(1.0)",
    "math.isqrt(-2 ** 100)", "math.comb(-1, 2)", "math.comb(3, -1)", "math.comb(1.0, 2)", "math.comb(2, 1.0)",
    "math.comb(2 ** 100, 2 ** 64)", "math.perm(-1, 2)", "math.perm(3, -1)", "math.perm(2 ** 100, 2 ** 64)",
    "math.perm(3, 'a')", "math.perm(-1)", "math.gcd(1.5)", "math.gcd(2, 'a')", "math.lcm(2, 'a')", "math.lcm(None)",
    "math.fsum(['a'])", "math.fsum(3)", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])",
    "math.fsum([1, 2 ** 1100])", "math.prod(3)", "math.prod(['a', 'b'])", "math.dist([1], [1, 2])", "math.dist(1, 2)",
    "math.dist([1, 'a'], [1, 2])", "math.hypot('a')", "math.hypot(1, None)", "math.isclose(1, 2, rel_tol=-1)",
    "math.isclose(1, 2, abs_tol=-1)", "math.isclose('a', 2)", "math.isclose(1, 2, rel_tol='a')",
    "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, tol=3)", "math.floor('a')", "math.ceil(None)",
    "math.trunc('a')", "math.trunc(None)", "math.floor(math.inf)", "math.floor(math.nan)", "math.ceil(-math.inf)",
    "math.trunc(math.nan)", "math.floor(1e308 * 10)", "math.modf('a')", "math.frexp('a')", "math.copysign('a', 1)",
    "math.copysign(1, 'a')", "math.isfinite('a')", "math.isnan(2 ** 2000)", "math.radians(2 ** 2000)",
    "math.ulp('a')", "math.erf('a')", "math.fabs(-2 ** 2000)", "math.cbrt(2 ** 1030)", "math.atan2(1)",
    "math.nextafter(1)", "math.perm(1, 2, 3)", "math.copysign(1)", "math.pow(1)", "math.comb(1)", "math.dist(1)",
    "math.perm()", "math.gcd(BadIndex())", "math.factorial(BadIndex())", "math.sqrt(BadIndex())",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "!!", type(e).__name__ + ":", e)

try:
    math.sqrt(-1)
except ValueError as e:
    print(e.args)
try:
    math.exp(1e6)
except OverflowError as e:
    print(e.args, isinstance(e, ArithmeticError))
print(math.log(10, 1.0 + 0j.real) if False else "done")
math.factorial(-5)
