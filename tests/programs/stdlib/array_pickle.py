# array: __reduce_ex__ for each protocol, _array_reconstructor with every machine format (and its
# errors), copies, and subclasses (their class, instance dict, keywords for their __init__).
import array

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

A = array.array
c = A("i", [1, 2, 7])
print(c.__reduce_ex__(2), c.__reduce_ex__(3), c.__reduce_ex__(5), attempt(lambda: c.__reduce_ex__("x")))
print(A("u", "ab").__reduce_ex__(3), A("f", [1]).__reduce_ex__(3), A("b", [1]).__reduce_ex__(3))
print([A(code).__reduce_ex__(3)[1][2] for code in array.typecodes])
r = array._array_reconstructor
for args in [(A, "i", 8, b"\x01\x00\x00\x00"), (A, "i", 10, b"\x01\x00\x00\x00"), (A, "i", 11, b"\x01\x00\x00\x00"),
             (A, "i", 99, b""), (A, "i", -1, b""), (A, "x", 10, b""), (list, "i", 10, b""), (1, "i", 10, b""),
             (A, "i", 10, "x"), (A, 5, 10, b""), (A, "b", 10, b"\x01\x00\x00\x00"),
             (A, "d", 16, b"\x00\x00\x00\x00\x00\x00\xf0\x3f"), (A, "d", 17, b"\x3f\xf0\x00\x00\x00\x00\x00\x00"),
             (A, "f", 15, b"\x3f\x80\x00\x00"), (A, "d", 14, b"\x00\x00\x80\x3f"), (A, "f", 17, b"\x3f\x80\x00\x00"),
             (A, "u", 21, b"\x00\x00\x00a"), (A, "u", 21, b"\x00\x00\x00a\x00\x00\x00b"), (A, "u", 18, b"a\x00"),
             (A, "u", 18, b"a\x00b\x00"), (A, "u", 20, b"a\x00\x00\x00"), (A, "i", 4, b"\x01\x00\x00\x00"),
             (A, "q", 4, b"\x01\x00\x00\x00"), (A, "b", 13, b"\x80" + b"\x00" * 7), (A, "b", 11, b"\x80" + b"\x00" * 7),
             (A, "b", 3, b"\x80\x01"), (A, "B", 1, b"\xff"), (A, "b", 0, b"\xff"), (A, "i", 7, b"\x00\x00\x00\x01"),
             (A, "i", 9, b"\xff\xff\xff\xfe"), (A, "i", 10, b"\x01\x00\x00"), (A, "i", 14, b"\x01\x00\x00\x00"),
             (A, "u", 16, b"\x00" * 8)]:
    print(args[1:3], attempt(lambda: r(*args)))
print(attempt(lambda: r(A, "i", 8)))

print(c.__copy__(), c.__deepcopy__(None), c.__copy__() is c, c.__copy__() == c)

class Tagged(A):
    def __init__(self, typecode, initializer=(), tag=None):
        self.tag = tag

t = Tagged("i", [1, 2], tag="x")
t.extra = 3
print(t, t.tag, type(t).__name__, isinstance(t, A), len(t), t[0], t[:1], type(t[:1]).__name__, type(t + t).__name__,
      type(t * 2).__name__, type(t.__copy__()).__name__)
print(t.__reduce_ex__(3), t.__reduce_ex__(2))
rebuilt = r(Tagged, "i", 8, b"\x05\x00\x00\x00")
print(rebuilt, type(rebuilt).__name__, getattr(rebuilt, "tag", "no __init__ ran"))

class Plain(A):
    pass

print(Plain("i", [1, 2]), Plain("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) + Plain("i", [3]), Plain("i").__reduce_ex__(3))
for call in ["Plain('i', [1], 2)", "Plain('i', [1], x=2)", "A('i', [1], x=2)", "A('i', [1]).foo", "setattr(A('i'), 'foo', 1)",
             "r(Plain, 'i', 4, b'\\x01\\x00\\x00\\x00')"]:
    print(call, "->", attempt(lambda: eval(call)))
