# array: the typecodes, construction from each kind of initializer, and the conversion of items
# with CPython's OverflowError and TypeError messages per typecode.
import array

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

A = array.array
print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__, A.__qualname__)
for code in array.typecodes:
    a = A(code)
    results = []
    for v in (2**64, -2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, -1, -129, -32769, -2**31 - 1, -2**63 - 1,
              1.5, "a", "ab", None, True):
        try:
            a.append(v)
            results.append("ok")
        except (OverflowError, TypeError) as e:
            results.append(type(e).__name__ + ": " + str(e))
    print(code, a.itemsize, results)
    print(" ", a)

for args in [("x",), ("ii",), (1,), (), ("i", [1], 2), ("i", 5), ("i", "abc"), ("x", "abc"), ("x", [1]), ("i", None),
             ("i", (1, 2)), ("i", {1: 2}), ("u", "abc"), ("u", ["a", "b"]), ("u", [1]), ("i", b"abcd"), ("i", b"abc"),
             ("i", bytearray(b"abcd")), ("i", memoryview(b"abcd")), ("i", A("i", [1, 2])), ("d", A("i", [1, 2])),
             ("i", A("d", [1, 2])), ("u", A("i", [1, 2])), ("i", A("u", "ab")), ("b", range(5)), ("b", b"\xff"),
             ("f", [1.1, 2.5]), ("d", [1.1, 2.5]), ("u", "a\U0001F600b"), ("I", [2**32 - 1]), ("Q", [2**64 - 1]),
             ("L", iter([1, 2])), ("H", (x for x in [3, 4]))]:
    print(args[:1], attempt(lambda: A(*args)))
print(attempt(lambda: A(typecode="i")), attempt(lambda: A("i", initializer=[1])))
print(attempt(lambda: repr(A("u", b"abcd" + b"\0" * 4))), attempt(lambda: A("u", b"abcd" + b"\0" * 4).tounicode()))

class Index:
    def __index__(self):
        return 5

class Floaty:
    def __float__(self):
        return 2.5

print(A("i", [Index(), True]), A("d", [Floaty(), 3]), A("f", [0.1, 1e300, -1e300]), attempt(lambda: A("f", [2**1024])))
print(A("Q", [2**64 - 1, 5]).tolist(), A("L", [2**64 - 1])[0], A("b", [-128, 127]), A("u", "a\U0001F600b").tolist(),
      len(A("u", "a\U0001F600b")))
print(repr(A("d", [0.1, float("nan"), float("inf")])), repr(A("u", "a'\"\n")), str(A("u", "a")), A("u", "ab").tounicode())
