# The hash modules hashlib falls back to without OpenSSL: _md5, _sha1, _sha256, _sha512.
import _md5, _sha1, _sha256, _sha512


def shown(obj):
    """A repr without its address."""
    return repr(obj).split(" at 0x")[0] + ">"


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


constructors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]
inputs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 127, b"a" * 128, b"a" * 129,
          bytes(range(256)) * 9]

for make in constructors:
    h = make()
    print(make.__name__, shown(h), h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for data in inputs:
        print(" ", len(data), make(data).hexdigest())
    # Fed in pieces, from every kind of bytes-like object.
    h = make()
    h.update(b"ab")
    h.update(bytearray(b"cd"))
    h.update(memoryview(b"xxefxx")[2:4])
    h.update(memoryview(b"ghij").cast("H"))
    print("  pieces", h.hexdigest() == make(b"abcdefghij").hexdigest(), h.digest() == make(b"abcdefghij").digest())
    c = h.copy()
    c.update(b"more")
    print("  copy", type(c) is type(h), h.hexdigest() == make(b"abcdefghij").hexdigest(),
          c.hexdigest() == make(b"abcdefghijmore").hexdigest())
    print("  keywords", make(string=b"abc").hexdigest() == make(b"abc").hexdigest(),
          make(b"abc", usedforsecurity=False).hexdigest() == make(b"abc").hexdigest())
    print("  digest type", type(h.digest()).__name__, len(h.digest()), type(h.hexdigest()).__name__)

print(sorted(n for n in dir(_sha256) if not n.startswith("__")))
print(sorted(n for n in dir(_sha512) if not n.startswith("__")))
print(_md5.MD5Type.__name__, _sha1.SHA1Type.__name__, _sha256.SHA224Type.__name__, _sha256.SHA256Type.__name__)
print(_md5.md5.__doc__)
print(_md5.md5.__text_signature__, _md5.MD5Type.update.__text_signature__)

attempt("str", lambda: _md5.md5("abc"))
attempt("int", lambda: _sha1.sha1(1))
attempt("None", lambda: _sha256.sha256(None))
attempt("two args", lambda: _sha512.sha512(b"a", b"b"))
attempt("bad keyword", lambda: _md5.md5(data=b"a"))
attempt("update str", lambda: _md5.md5().update("x"))
attempt("update int", lambda: _md5.md5().update(5))
attempt("update none", lambda: _sha1.sha1().update())
attempt("update keyword", lambda: _sha1.sha1().update(obj=b"x"))
attempt("digest arg", lambda: _sha1.sha1().digest(1))
attempt("instantiate", lambda: _md5.MD5Type())
attempt("instantiate args", lambda: _sha256.SHA256Type(b"x"))
attempt("subclass", lambda: type("M", (_md5.MD5Type,), {}))
attempt("set name", lambda: setattr(_md5.md5(), "name", "x"))
attempt("set attr", lambda: setattr(_md5.md5(), "foo", 1))
