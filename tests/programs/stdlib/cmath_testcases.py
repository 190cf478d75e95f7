# cmath against CPython's own table of test cases (Lib/test/cmath_testcases.txt): every result
# within a few ulps of the value the table gives, with the table's errors, as test_cmath checks.
import cmath
import math
import struct


def ulps(a, b):
    ia = struct.unpack("<q", struct.pack("<d", a))[0]
    ib = struct.unpack("<q", struct.pack("<d", b))[0]
    if ia < 0:
        ia = -(ia & 0x7FFFFFFFFFFFFFFF)
    if ib < 0:
        ib = -(ib & 0x7FFFFFFFFFFFFFFF)
    return abs(ia - ib)


def close(got, want):
    if math.isnan(want):
        return math.isnan(got)
    if math.isinf(want) or want == 0:
        return got == want and math.copysign(1, got) == math.copysign(1, want) or abs(got - want) <= 5e-323
    return ulps(got, want) <= 5 or abs(got - want) <= 5e-323


checked = 0
bad = []
for line in open("/usr/lib/python3.11/test/cmath_testcases.txt"):
    if line.startswith("--") or not line.strip():
        continue
    lhs, rhs = line.split("->")
    ident, fn, ar, ai = lhs.split()
    rhs = rhs.split()
    er, ei, flags = float(rhs[0]), float(rhs[1]), rhs[2:]
    z = complex(float(ar), float(ai))
    try:
        if fn == "rect":
            r = cmath.rect(z.real, z.imag)
        elif fn == "polar":
            r = complex(*cmath.polar(z))
        else:
            r = getattr(cmath, fn)(z)
    except ValueError:
        outcome = "ValueError"
    except OverflowError:
        outcome = "OverflowError"
    else:
        outcome = "ok"
    want = "ValueError" if "divide-by-zero" in flags or "invalid" in flags else \
        "OverflowError" if "overflow" in flags else "ok"
    checked += 1
    if outcome != want:
        bad.append((ident, outcome, want))
    elif outcome == "ok":
        real_ok = close(r.real, er)
        imag_ok = close(r.imag, ei) or "ignore-imag-sign" in flags and abs(r.imag) == abs(ei)
        real_ok = real_ok or "ignore-real-sign" in flags and abs(r.real) == abs(er)
        if not (real_ok and imag_ok):
            bad.append((ident, repr(r), er, ei))
print(checked, "cases,", len(bad), "outside the table's tolerance")
for b in bad:
    print(*b)
