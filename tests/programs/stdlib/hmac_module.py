# Lib/hmac.py: HMAC with names, hashlib constructors, modules and callables as digestmod (the
# _hashlib fast path and the Python fallback), hmac.digest and compare_digest.
import hashlib
import hmac
import _md5
import _sha256


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


key, msg = b"key", b"The quick brown fox jumps over the lazy dog"
for digestmod in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s", hashlib.sha256,
                  hashlib.sha1, hashlib.blake2b, _md5.md5, _sha256.sha224, lambda d=b"": hashlib.new("sha384", d),
                  _md5]:
    h = hmac.new(key, msg, digestmod)
    print(getattr(digestmod, "__name__", digestmod), h.name, h.digest_size, h.block_size, h.hexdigest())
    print("  digest", hmac.digest(key, msg, digestmod) == h.digest())
    c = h.copy()
    c.update(b"!")
    print("  copy", c.hexdigest() == hmac.new(key, msg + b"!", digestmod).hexdigest(), h.hexdigest() == c.hexdigest())

h = hmac.new(b"k" * 200, digestmod="sha256")
for piece in (b"a", bytearray(b"b"), memoryview(b"c")):
    h.update(piece)
print(h.hexdigest() == hmac.new(b"k" * 200, b"abc", "sha256").hexdigest())
print(hmac.HMAC(b"", b"", "md5").hexdigest())
print(hmac.new(bytearray(b"key"), msg, digestmod="sha1").hexdigest())
print(type(hmac.new(key, msg, "sha256")._hmac).__name__ if hasattr(hmac.new(key, msg, "sha256"), "_hmac") else None)

for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), ("abc", "abc"), ("abc", "ab"), (bytearray(b"x"), b"x")]:
    print("compare_digest", type(a).__name__, hmac.compare_digest(a, b))
attempt("compare mixed", lambda: hmac.compare_digest("a", b"a"))
attempt("compare non-ascii", lambda: hmac.compare_digest("\xe9", "\xe9"))
attempt("no digestmod", lambda: hmac.new(b"key", b"msg"))
attempt("digestmod None", lambda: hmac.new(b"key", b"msg", None))
attempt("unknown", lambda: hmac.new(b"key", b"msg", "nope"))
attempt("key str", lambda: hmac.new("key", b"msg", "sha256"))
attempt("msg str", lambda: hmac.new(b"key", "msg", "sha256"))
attempt("update str", lambda: hmac.new(b"key", b"msg", "sha256").update("x"))
attempt("digest unknown", lambda: hmac.digest(b"key", b"msg", "nope"))
