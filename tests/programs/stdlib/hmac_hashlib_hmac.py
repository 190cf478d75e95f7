# _hashlib's HMAC: hmac_new, hmac_digest and the HMAC type that hmac.HMAC uses when it can.
import _hashlib


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


keys = [b"", b"key", b"k" * 64, b"k" * 65, b"k" * 129, bytes(range(256))]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha512_256", "blake2b",
             "blake2s", "sm3", "ripemd160", "md5-sha1"]:
    for key in keys:
        h = _hashlib.hmac_new(key, b"message", name)
        print(name, len(key), h.name, h.digest_size, h.block_size, h.hexdigest())
    print(" ", _hashlib.hmac_digest(b"key", b"message", name).hex())

h = _hashlib.hmac_new(b"key", digestmod="sha256")
print(repr(h).split(" @ 0x")[0] + ">", type(h).__name__, type(h).__module__)
h.update(b"ab")
h.update(msg=bytearray(b"cd"))
h.update(memoryview(b"-ef-")[1:3])
c = h.copy()
c.update(b"g")
print("pieces", h.hexdigest() == _hashlib.hmac_new(b"key", b"abcdef", "sha256").hexdigest())
print("copy", type(c).__name__, c.digest() == _hashlib.hmac_digest(b"key", b"abcdefg", "sha256"))
print("msg None", _hashlib.hmac_new(b"k", None, "md5").hexdigest())
print("keywords", _hashlib.hmac_new(key=b"k", msg=b"m", digestmod="md5").hexdigest())
print("constructor", _hashlib.hmac_new(b"k", b"m", _hashlib.openssl_sha1).name,
      _hashlib.hmac_new(b"k", b"m", _hashlib.openssl_sha3_512).name)
print("names", _hashlib.hmac_new(b"k", b"m", "SHA256").name, _hashlib.hmac_new(b"k", b"m", "sha512-224").name)

E = _hashlib.UnsupportedDigestmodError
attempt("no digestmod", lambda: _hashlib.hmac_new(b"key", b"msg"))
attempt("digestmod None", lambda: _hashlib.hmac_new(b"key", b"msg", None))
attempt("digestmod int", lambda: _hashlib.hmac_new(b"key", b"msg", 1))
attempt("digestmod len", lambda: _hashlib.hmac_new(b"key", b"msg", len))
attempt("digestmod new", lambda: _hashlib.hmac_new(b"key", b"msg", _hashlib.new))
attempt("unknown", lambda: _hashlib.hmac_new(b"key", b"msg", "foo"))
attempt("shake", lambda: _hashlib.hmac_new(b"key", b"msg", "shake_128"))
attempt("shake constructor", lambda: _hashlib.hmac_new(b"key", b"msg", _hashlib.openssl_shake_256))
attempt("key str", lambda: _hashlib.hmac_new("key", b"msg", "md5"))
attempt("key int", lambda: _hashlib.hmac_new(1, b"msg", "md5"))
attempt("msg str", lambda: _hashlib.hmac_new(b"key", "msg", "md5"))
attempt("msg int", lambda: _hashlib.hmac_new(b"key", 1, "md5"))
attempt("digestmod before msg", lambda: _hashlib.hmac_new(b"key", "msg", "foo"))
attempt("four args", lambda: _hashlib.hmac_new(b"key", b"msg", "md5", 1))
attempt("update str", lambda: _hashlib.hmac_new(b"key", b"msg", "md5").update("s"))
attempt("update none", lambda: _hashlib.hmac_new(b"key", b"msg", "md5").update())
attempt("digest unknown", lambda: _hashlib.hmac_digest(b"key", b"msg", "foo"))
attempt("digest int", lambda: _hashlib.hmac_digest(b"key", b"msg", 1))
attempt("digest msg str", lambda: _hashlib.hmac_digest(b"key", "msg", "md5"))
attempt("digest key str", lambda: _hashlib.hmac_digest("key", b"msg", 1))
attempt("digest msg None", lambda: _hashlib.hmac_digest(b"key", None, "md5"))
attempt("digest constructor", lambda: _hashlib.hmac_digest(b"key", b"msg", _hashlib.openssl_md5).hex())
try:
    _hashlib.hmac_new(b"k", b"m", 2.5)
except ValueError as e:
    print("caught as ValueError", type(e).__name__, type(e).__module__, isinstance(e, E), e.args)
