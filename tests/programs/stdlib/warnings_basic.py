import warnings
import sys


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno)


warnings.showwarning = show
warnings.simplefilter("always")
warnings.warn("plain warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn(RuntimeWarning("instance warning"))
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)


def inner():
    warnings.warn("from inner", stacklevel=2)


inner()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", FutureWarning)
    warnings.warn("three", SyntaxWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in caught])
print(caught[0].filename.rsplit("/", 1)[-1], str(caught[0]).split("{")[0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    warnings.filterwarnings("always", message="keep.*")
    warnings.warn("keep me")
    warnings.warn("drop me")
    warnings.filterwarnings("always", category=ImportWarning)
    warnings.warn("import w", ImportWarning)
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
        warnings.warn("repeated %d" % i)
print(len(caught), [str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("same line")
print(len(caught))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("always", append=True)
    print(warnings.filters[0][0], len(warnings.filters))
    warnings.warn("after reset")
print(len(caught))

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "x = 1"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, line=""), end="")

for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("always", category=5),
            lambda: warnings.filterwarnings("always", lineno=-1), lambda: warnings.warn("x", category=int),
            lambda: warnings.filterwarnings("always", message=1)]:
    try:
        bad()
    except (ValueError, TypeError, AssertionError) as e:
        print(type(e).__name__ + ":", e)

warnings.showwarning = warnings._showwarning_orig
warnings.resetwarnings()
warnings.simplefilter("always")
sys.stderr = sys.stdout
warnings.warn("printed to stderr")
warnings.warn_explicit("explicit two", DeprecationWarning, "other.py", 7, module="other")
