# _sha3: SHA-3 and SHAKE as types that are their own constructors.
import _sha3


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(sorted(n for n in dir(_sha3) if not n.startswith("__")), _sha3.implementation, _sha3.keccakopt)
inputs = [b"", b"abc", b"x" * 135, b"x" * 136, b"x" * 137, b"y" * 168, bytes(range(256)) * 5]
for cls in (_sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512):
    h = cls()
    print(cls.__name__, repr(h).split(" at ")[0], h.name, h.digest_size, h.block_size,
          h._capacity_bits, h._rate_bits, h._suffix)
    print(" ", cls.__doc__.splitlines()[0])
    for data in inputs:
        print(" ", len(data), cls(data).hexdigest())
    h = cls(b"ab")
    h.update(bytearray(b"cd"))
    c = h.copy()
    c.update(b"e")
    print("  copy", type(c).__name__, h.hexdigest() == cls(b"abcd").hexdigest(), c.digest() == cls(b"abcde").digest())
    print("  keyword", cls(b"q", usedforsecurity=False).hexdigest() == cls(b"q").hexdigest())

for cls in (_sha3.shake_128, _sha3.shake_256):
    h = cls(b"abc")
    print(cls.__name__, repr(h).split(" at ")[0], h.name, h.digest_size, h.block_size,
          h._capacity_bits, h._rate_bits, h._suffix)
    for n in (0, 1, 16, 32, 200, 1000):
        print(" ", n, h.hexdigest(n)[:80], len(h.digest(n)))
    print("  prefix", h.digest(10) == h.digest(50)[:10])
    c = h.copy()
    c.update(b"d")
    print("  copy", c.hexdigest(8) == cls(b"abcd").hexdigest(8), h.hexdigest(8) == cls(b"abc").hexdigest(8))
    print("  bool length", h.digest(True))

s = _sha3.shake_128()
attempt("no length", lambda: s.digest())
attempt("negative", lambda: s.digest(-1))
attempt("too large", lambda: s.digest(2 ** 29))
attempt("huge", lambda: s.hexdigest(2 ** 63))
attempt("past unsigned long", lambda: s.digest(2 ** 64))
attempt("float", lambda: s.digest(4.0))
attempt("index", lambda: s.digest(type("I", (), {"__index__": lambda self: 3})()))
attempt("keyword", lambda: s.digest(length=4))
attempt("str", lambda: _sha3.sha3_256("x"))
attempt("int", lambda: _sha3.sha3_256(1))
attempt("two", lambda: _sha3.sha3_224(b"a", b"b"))
attempt("data keyword", lambda: _sha3.sha3_224(data=b"a"))
attempt("update keyword", lambda: _sha3.sha3_224().update(data=b"a"))
attempt("update str", lambda: _sha3.shake_256().update("a"))
attempt("subclass", lambda: type("S", (_sha3.sha3_224,), {}))
attempt("wrong __new__", lambda: _sha3.sha3_224.__new__(_sha3.shake_128))
