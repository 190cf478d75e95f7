# The deprecated forms random.py still accepts, with the DeprecationWarnings it gives for them.
import random
import warnings


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


random.seed(8)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    attempt("randrange float", lambda: random.randrange(1.5))
    attempt("randrange integral floats", lambda: random.randrange(3.0, 10.0, 2.0))
    attempt("randrange integral float stop", lambda: random.randrange(10.0))
    attempt("sample of a set", lambda: random.sample({5}, 1))
for w in caught:
    print(w.category.__name__, w.message)
