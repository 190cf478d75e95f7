# cmath on infinities, NaNs and signed zeros: C99 Annex G's values and CPython's errors.
import cmath
import math

INF = float("inf")
NAN = float("nan")
parts = [-INF, -2.3, -0.0, 0.0, 2.3, INF, NAN]


def show(v):
    if isinstance(v, complex):
        return "(%r, %r)" % (v.real, v.imag)
    return repr(v)


names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
for name in names:
    f = getattr(cmath, name)
    for x in parts:
        row = []
        for y in parts:
            try:
                row.append(show(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, repr(x), " ".join(row))
for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(show(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print("rect", repr(r), " ".join(row))
