# _blake2: BLAKE2b and BLAKE2s with every parameter, and CPython's checks of each.
import _blake2


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(sorted(n for n in dir(_blake2) if not n.startswith("__")))
print(_blake2.__doc__.strip())
for name in sorted(n for n in dir(_blake2) if n.isupper()):
    print(name, getattr(_blake2, name))

for cls in (_blake2.blake2b, _blake2.blake2s):
    print(cls.__name__, cls.__doc__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    h = cls()
    print(" ", repr(h).split(" at ")[0], h.name, h.digest_size, h.block_size)
    for data in (b"", b"abc", b"z" * 63, b"z" * 64, b"z" * 65, b"z" * 128, b"z" * 129, bytes(range(256)) * 3):
        print(" ", len(data), cls(data).hexdigest())
    full = dict(digest_size=16, key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3, leaf_size=4096,
                node_offset=5, node_depth=1, inner_size=8, last_node=True, usedforsecurity=False)
    print("  all parameters", cls(b"data", **full).hexdigest())
    for k, v in full.items():
        print("  ", k, cls(b"data", **{k: v}).hexdigest()[:32])
    print("  max key", cls(b"m", key=b"k" * cls.MAX_KEY_SIZE).hexdigest()[:32])
    print("  max salt", cls(salt=b"s" * cls.SALT_SIZE, person=b"p" * cls.PERSON_SIZE).hexdigest()[:32])
    print("  buffers", cls(bytearray(b"d"), key=memoryview(b"kk"), salt=bytearray(b"s")).hexdigest()[:32])
    print("  big node offset", cls(node_offset=2 ** 48 - 1).hexdigest()[:16], cls(leaf_size=2 ** 32 - 1).hexdigest()[:16])
    h = cls(b"ab", digest_size=20, key=b"k")
    c = h.copy()
    c.update(b"c")
    h.update(bytearray(b"c"))
    print("  copy", type(c).__name__, c.digest_size, c.hexdigest() == h.hexdigest(),
          c.hexdigest() == cls(b"abc", digest_size=20, key=b"k").hexdigest())
    print("  digest", len(h.digest()), h.digest() == bytes.fromhex(h.hexdigest()))

B = _blake2.blake2b
S = _blake2.blake2s
attempt("digest_size 0", lambda: B(digest_size=0))
attempt("digest_size 65", lambda: B(digest_size=65))
attempt("digest_size 33", lambda: S(digest_size=33))
attempt("digest_size huge", lambda: B(digest_size=2 ** 40))
attempt("digest_size str", lambda: B(digest_size="a"))
attempt("digest_size float", lambda: B(digest_size=2.0))
attempt("digest_size None", lambda: B(digest_size=None))
attempt("key str", lambda: B(key="a"))
attempt("key int", lambda: B(key=1))
attempt("key None", lambda: B(key=None))
attempt("key long", lambda: B(key=b"x" * 65))
attempt("skey long", lambda: S(key=b"x" * 33))
attempt("salt long", lambda: B(salt=b"x" * 17))
attempt("person long", lambda: S(person=b"x" * 9))
attempt("fanout 256", lambda: B(fanout=256))
attempt("fanout -1", lambda: B(fanout=-1))
attempt("fanout None", lambda: B(fanout=None))
attempt("depth 0", lambda: B(depth=0))
attempt("leaf_size -1", lambda: B(leaf_size=-1))
attempt("leaf_size 2**32", lambda: B(leaf_size=2 ** 32))
attempt("leaf_size 2**64", lambda: B(leaf_size=2 ** 64))
attempt("leaf_size float", lambda: B(leaf_size=1.0))
attempt("leaf_size str", lambda: B(leaf_size="x"))
attempt("node_offset -1", lambda: B(node_offset=-1))
attempt("node_offset 2**64", lambda: B(node_offset=2 ** 64))
attempt("node_offset float", lambda: B(node_offset=1.5))
attempt("s node_offset 2**48", lambda: S(node_offset=2 ** 48))
attempt("node_depth 256", lambda: B(node_depth=256))
attempt("inner_size 65", lambda: B(inner_size=65))
attempt("inner_size 33", lambda: S(inner_size=33))
attempt("two errors", lambda: B(b"x", digest_size=0, key=b"x" * 99))
attempt("data after parameters", lambda: B("x", digest_size=0))
attempt("data str", lambda: B("x"))
attempt("data int", lambda: S(1))
attempt("two positional", lambda: B(b"a", b"b"))
attempt("data keyword", lambda: B(data=b"a"))
attempt("unknown keyword", lambda: S(foo=1))
attempt("update keyword", lambda: B().update(data=b"x"))
attempt("update two", lambda: B().update(b"x", b"y"))
attempt("update str", lambda: B().update("x"))
attempt("subclass", lambda: type("C", (B,), {}))
attempt("last_node truth", lambda: B(last_node=[1]).hexdigest() == B(last_node=True).hexdigest())
