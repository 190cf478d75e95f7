# cmath: the arguments it accepts, its errors, log with a base, isclose, rect and the constants.
import cmath
import math


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.25


class WithIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 1


class Both:
    def __complex__(self):
        return 1 + 2j

    def __float__(self):
        return 5.0


class MyComplex(complex):
    def __complex__(self):
        return 99j


class MyFloat(float):
    pass


for arg in [4, -4, 2.25, -2.25, True, 3 + 4j, -3 - 4j, 10 ** 20, WithComplex(), WithFloat(), WithIndex(),
            Both(), MyComplex(1, 1), MyFloat(6.25), 0, 0.0, -0.0]:
    t(cmath.sqrt, arg)
for arg in ["a", None, [], BadComplex(), 10 ** 400, b"1"]:
    t(cmath.sqrt, arg)
t(cmath.sqrt)
t(cmath.sqrt, 1, 2)
t(cmath.sqrt, z=1)
t(cmath.exp, 1000)
t(cmath.exp, complex(710, 1))
t(cmath.exp, complex(709.5, 0.5))
t(cmath.cosh, 1000)
t(cmath.sinh, -1000)
t(cmath.cos, 1000j)
t(cmath.sin, 1000j)
t(cmath.tanh, 1000)
t(cmath.tan, 1000j)
t(cmath.log, 0)
t(cmath.log, 0j)
t(cmath.log, -0.0)
t(cmath.log10, 0)
t(cmath.atanh, 1)
t(cmath.atanh, -1)
t(cmath.atanh, complex(1, 0.0))
t(cmath.atan, 1j)
t(cmath.atan, -1j)
for base in [2, 10, math.e, 0.5, 1j, -2, 3 + 4j]:
    t(cmath.log, 100, base)
    t(cmath.log, -8 + 1j, base)
t(cmath.log, 2, 1)
t(cmath.log, 2, 0)
t(cmath.log, 0, 2)
t(cmath.log, 0, 0)
t(cmath.log)
t(cmath.log, 1, 2, 3)
t(cmath.log, "x", 2)
t(cmath.log, 2, "x")
t(cmath.phase, -1)
t(cmath.phase, complex(-1, -0.0))
t(cmath.phase, complex(1e300, 1e-300))
t(cmath.phase, complex(-1e300, 1e-300))
t(cmath.phase, complex(1e300, -1e-300))
t(cmath.polar, 3 + 4j)
t(cmath.polar, complex(1e308, 1e308))
t(cmath.polar, complex(1.5e308, 1.5e308))
t(cmath.polar, complex(1e300, 1e-300))
for r, phi in [(2, 0), (2, -0.0), (-2, 0.0), (2, math.pi / 2), (1, math.pi), (3, 1.0), (1e308, 0.5),
               (0, math.inf), (1, math.inf), (math.inf, 1), (math.inf, -2), (-math.inf, 1), (math.nan, 0)]:
    t(cmath.rect, r, phi)
t(cmath.rect, "a", 1)
t(cmath.rect, 1)
t(cmath.rect, 1, 2j)
t(cmath.rect, WithIndex(), WithFloat())
for a, b, kw in [(1, 1, {}), (1, 1 + 1e-10, {}), (1, 1.1, {}), (1, 1.1, {"rel_tol": 0.2}),
                 (0, 1e-12, {}), (0, 1e-12, {"abs_tol": 1e-11}), (1j, 1.0000000001j, {}),
                 (math.inf, math.inf, {}), (complex(math.inf, 1), complex(math.inf, 1), {}),
                 (math.inf, 1e308, {}), (math.nan, math.nan, {}), (1e308, -1e308, {}),
                 (1, 2, {"rel_tol": -1}), (1, 2, {"abs_tol": -1}), (1, 2, {"rel_tol": "x"})]:
    t(cmath.isclose, a, b, **kw)
t(cmath.isclose, 1)
t(cmath.isclose, 1, 2, 3)
t(cmath.isclose, a=1, b=1)
t(cmath.isclose, 1, 2, tol=1)
for v in [1, math.inf, complex(1, math.inf), complex(math.nan, 1), complex(math.inf, math.nan), 1e308j]:
    print(cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj), math.copysign(1, cmath.infj.real), cmath.nanj.real)
print(cmath.sqrt.__text_signature__, cmath.isclose.__text_signature__, cmath.rect.__text_signature__)
print(cmath.sqrt.__doc__)
print(cmath.__doc__)
