# Argument-count and keyword errors of math's functions (CPython names module functions "math.f()").
import math

cases = ["math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.floor()", "math.factorial()", "math.atan2(y=1, x=2)",
         "math.pow(x=1, y=2)", "math.gcd(a=1)", "math.hypot(x=1)", "math.log(x=1)", "math.prod()", "math.prod([1], 2)",
         "math.prod([1], start=2, x=3)", "math.fsum(seq=1)", "math.comb(n=1, k=2)"]
for c in cases:
    try:
        eval(c)
    except TypeError as e:
        print(c, "!!", e)
print(math.sqrt.__text_signature__, math.isclose.__text_signature__, math.sqrt.__module__)
