"""Argument-count errors of str/bytes search methods (METH_VARARGS wording) and of calls with a bad * or ** argument."""
for call in ['"a".find()', '"a".count()', '"a".startswith()', '"a".index()', 'b"a".find()', 'bytearray(b"a").endswith()', '"a".find(1,2,3,4)', '"a".startswith(1,2,3,4)', '"a".removeprefix()', '"a".rfind()', 'b"a".rindex(1,2,3,4)', '"abc".find("b", 0, 5)', 'b"abc".count(b"b", None, None)']:
    try: print(call, eval(call))
    except TypeError as e: print(call, e)
import math
def g(*a, **k): pass
for bad in ['math.sqrt(*1)', 'math.hypot(**1)', 'len(*1)', '[].append(*1)', 'g(*1)']:
    try: eval(bad)
    except TypeError as e: print(bad, e)
