# cmath on ordinary arguments: every function over a grid, printed with all digits.
import cmath

parts = [-1e300, -37.5, -3.0, -1.0, -0.75, -0.5, -1e-8, -1e-300, 0.0, 1e-305, 1e-5, 0.3, 0.5,
         0.9999999, 1.0, 1.0000001, 1.5, 2.0, 3.7, 20.0, 650.0, 710.5, 1e20, 1e306]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]
for name in names:
    f = getattr(cmath, name)
    for x in parts:
        row = []
        for y in parts:
            try:
                v = f(complex(x, y))
                row.append(repr(v))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, repr(x), " ".join(row))
for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print("rect", repr(r), " ".join(row))
