# Argument-count and keyword errors of builtins whose CPython parsing differs (clinic, unpack, by hand).
import math
cases = ["sorted()", "sorted(1, 2)", "sorted(x=1)", "reversed()", "reversed(1, 2)", "reversed(x=1)",
         "enumerate()", "enumerate(x=1)", "enumerate(start=1)", "enumerate(x=1, y=2)", "enumerate(start=1, y=2)",
         "enumerate([], iterable=2)", "enumerate(1, 2, 3)", "enumerate(1, x=2, y=3)", "enumerate(x=1, y=2, z=3)",
         "enumerate(iterable=[], start=1, x=2)", "super(1, 2, 3)", "super(x=1)", "super(1, x=1)",
         "sum(x=1)", "sum(iterable=[])", "sum([], 1, 2)", "sum([], start=0, x=1)", "round(x=1)", "round(1, x=2)",
         "exec()", "exec(x=1)", "math.isclose(1, x=2)", "math.isclose(1, a=2)", "math.isclose(1, 2, a=3)",
         "math.isclose(a=1, b=2, c=3)", "math.prod(iterable=[])", "math.prod([], x=1)", "math.log()",
         "math.log(1, 2, 3)", "math.nextafter()", "len()", "len(x=1)", "abs(1, 2)", "iter()", "next(x=1)",
         "vars(1, 2)", "locals(1)", "divmod(1, x=2)", "[].insert(x=1)", "{}.get(x=1)", "dict.fromkeys(x=1)"]
for c in cases:
    try:
        eval(c)
        print(c, "OK")
    except TypeError as e:
        print(c, "!!", e)
print(list(enumerate("ab", start=3)), list(enumerate(start=1, iterable="xy")), list(enumerate(iterable="z")))
print(len.__self__, len.__module__, len.__qualname__, repr(len), sorted.__text_signature__)
print(math.sqrt.__self__, math.sqrt.__module__, math.sqrt.__qualname__, repr(math.sqrt))
print(math.log.__text_signature__, math.hypot.__text_signature__, math.gcd.__text_signature__, math.isclose.__text_signature__)
print(math.sqrt.__doc__)
print(math.copysign.__doc__)
print(math.log(8, 2), math.log(math.e))
