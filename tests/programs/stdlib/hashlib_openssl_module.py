# _hashlib, CPython's OpenSSL side of hashlib: new(), the openssl_* constructors, HASH and
# HASHXOF, pbkdf2_hmac, scrypt, compare_digest.
import _hashlib


def shown(obj):
    """A repr without its address."""
    return repr(obj).split(" @ 0x")[0] + ">"


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(_hashlib.__doc__)
print(sorted(_hashlib.openssl_md_meth_names), type(_hashlib.openssl_md_meth_names).__name__)
print(sorted(_hashlib._constructors.values()), type(_hashlib._constructors).__name__)
print(sorted(f.__name__ for f in _hashlib._constructors))
print(_hashlib.get_fips_mode(), _hashlib.UnsupportedDigestmodError.__mro__)
print(_hashlib.HASHXOF.__mro__, _hashlib.HASH.__doc__.splitlines()[0])
print(_hashlib.new.__text_signature__, _hashlib.openssl_sha256.__doc__)

for name in sorted(_hashlib.openssl_md_meth_names):
    h = _hashlib.new(name, b"abc")
    xof = isinstance(h, _hashlib.HASHXOF)
    print(name, shown(h), h.name, h.digest_size, h.block_size, type(h).__name__,
          h.hexdigest(20) if xof else h.hexdigest())

for f in sorted(_hashlib._constructors, key=lambda f: f.__name__):
    h = f(b"The quick brown fox", usedforsecurity=False)
    print(f.__name__, f.__module__, h.name, h.hexdigest(16) if h.digest_size == 0 else h.hexdigest())

# OpenSSL's own names, aliases and object identifiers, matched regardless of case.
for name in ["MD5", "SHA256", "sha-256", "SHA2-512", "sha512-224", "SHA512_256", "sha3-256", "SHAKE128",
             "blake2b512", "BLAKE2s256", "RIPEMD160", "rmd160", "ssl3-md5", "2.16.840.1.101.3.4.2.1",
             "md4", "whirlpool", "sha3_256 ", "", "SHA3_256"]:
    attempt(repr(name), lambda: _hashlib.new(name).name)

h = _hashlib.new("sha256")
h.update(b"ab")
h.update(bytearray(b"cd"))
h.update(memoryview(b"-ef-")[1:3])
c = h.copy()
c.update(b"g")
print("copy", type(c).__name__, h.hexdigest() == _hashlib.new("sha256", b"abcdef").hexdigest(),
      c.hexdigest() == _hashlib.openssl_sha256(b"abcdefg").hexdigest())
print("keywords", _hashlib.new(name="md5", string=b"x", usedforsecurity=False).hexdigest())

x = _hashlib.new("shake_256", b"abc")
print("xof", x.digest(0), x.hexdigest(5), x.digest(length=3), len(x.digest(5000)), x.copy().hexdigest(4))
attempt("xof no length", lambda: x.digest())
attempt("xof negative", lambda: x.digest(-1))
attempt("xof negative hex", lambda: x.hexdigest(-1))
attempt("xof huge", lambda: x.digest(2 ** 40))
attempt("xof past ssize_t", lambda: x.digest(2 ** 70))
attempt("xof float", lambda: x.digest(2.0))

attempt("unknown", lambda: _hashlib.new("foo"))
attempt("name int", lambda: _hashlib.new(1))
attempt("data before name", lambda: _hashlib.new("foo", "x"))
attempt("str data", lambda: _hashlib.new("md5", "x"))
attempt("int data", lambda: _hashlib.new("md5", 1))
attempt("None data", lambda: _hashlib.openssl_md5(None))
attempt("data keyword", lambda: _hashlib.new("md5", data=b"x"))
attempt("three positional", lambda: _hashlib.new("md5", b"x", True))
attempt("update none", lambda: _hashlib.new("md5").update())
attempt("update keyword", lambda: _hashlib.new("md5").update(obj=b"x"))
attempt("update str", lambda: _hashlib.new("md5").update("x"))
attempt("HASH()", lambda: _hashlib.HASH())
attempt("HASH(name)", lambda: _hashlib.HASH("md5"))
attempt("HASHXOF()", lambda: _hashlib.HASHXOF())
attempt("HMAC()", lambda: _hashlib.HMAC())
attempt("subclass HASH", lambda: type("H", (_hashlib.HASH,), {})())
attempt("subclass HMAC", lambda: type("H", (_hashlib.HMAC,), {}))

print("pbkdf2", _hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print("pbkdf2", _hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print("pbkdf2", _hashlib.pbkdf2_hmac(hash_name="sha512", password=bytearray(b"pw"), salt=memoryview(b"s"),
                                     iterations=3, dklen=100).hex())
print("pbkdf2", _hashlib.pbkdf2_hmac("md5", b"", b"", 2, None).hex())
attempt("pbkdf2 iterations 0", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0))
attempt("pbkdf2 iterations 2**31", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2 ** 31))
attempt("pbkdf2 iterations 2**70", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2 ** 70))
attempt("pbkdf2 iterations float", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1.0))
attempt("pbkdf2 dklen 0", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0))
attempt("pbkdf2 dklen 2**40", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 2 ** 40))
attempt("pbkdf2 dklen float", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 1.0))
attempt("pbkdf2 password str", lambda: _hashlib.pbkdf2_hmac("sha256", "pw", b"salt", 1))
attempt("pbkdf2 salt str", lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", "salt", 1))
attempt("pbkdf2 name int", lambda: _hashlib.pbkdf2_hmac(1, b"pw", b"salt", 1))
attempt("pbkdf2 name None", lambda: _hashlib.pbkdf2_hmac(None, b"pw", b"salt", 1))
attempt("pbkdf2 unknown", lambda: _hashlib.pbkdf2_hmac("foo", b"pw", b"salt", 0))
attempt("pbkdf2 shake", lambda: _hashlib.pbkdf2_hmac("shake_128", b"pw", b"salt", 1))

print("scrypt", _hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1).hex())
print("scrypt", _hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16).hex())
print("scrypt", _hashlib.scrypt(bytearray(b"pw"), salt=memoryview(b"s"), n=2, r=2, p=2, dklen=10).hex())
attempt("scrypt no salt", lambda: _hashlib.scrypt(b"pw", n=16, r=1, p=1))
attempt("scrypt salt None", lambda: _hashlib.scrypt(b"pw", salt=None, n=16, r=1, p=1))
attempt("scrypt no n", lambda: _hashlib.scrypt(b"pw", salt=b"s", r=1, p=1))
attempt("scrypt no r", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, p=1))
attempt("scrypt no p", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1))
attempt("scrypt n None", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=None, r=1, p=1))
attempt("scrypt n float", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=1.0, r=1, p=1))
attempt("scrypt n -1", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=-1, r=1, p=1))
attempt("scrypt n 2**70", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=2 ** 70, r=1, p=1))
attempt("scrypt n 15", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=15, r=1, p=1))
attempt("scrypt p str", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p="x"))
attempt("scrypt maxmem -1", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=-1))
attempt("scrypt maxmem float", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, maxmem=1.0))
attempt("scrypt dklen 0", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=0))
attempt("scrypt r huge", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=2 ** 40, p=1))
attempt("scrypt r 0", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=16, r=0, p=1))
attempt("scrypt memory", lambda: _hashlib.scrypt(b"pw", salt=b"s", n=2 ** 20, r=8, p=1))
attempt("scrypt positional", lambda: _hashlib.scrypt(b"pw", b"s", 16, 1, 1))
attempt("scrypt password str", lambda: _hashlib.scrypt("pw", salt=b"s", n=16, r=1, p=1))

for a, b in [(b"a", b"a"), (b"a", b"b"), (b"ab", b"a"), (b"", b""), ("abc", "abc"), ("abc", "abd"),
             (bytearray(b"x"), memoryview(b"x")), (memoryview(b"xy")[1:], b"y"), ("\xe9", "\xe9"), ("a", b"a"),
             (b"a", "a"), (1, 1), (b"a", 1), (1, b"a"), ("a", 1), (None, None)]:
    attempt("compare_digest %s %s" % (type(a).__name__, type(b).__name__), lambda: _hashlib.compare_digest(a, b))
attempt("compare_digest keywords", lambda: _hashlib.compare_digest(a=b"a", b=b"a"))
