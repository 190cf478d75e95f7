# Lib/hashlib.py on _hashlib and the built-in hash modules: every constructor, new(), the
# algorithm sets, pbkdf2_hmac, scrypt and file_digest.
import hashlib


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available))
print(sorted(hashlib.__all__))
for name in sorted(hashlib.algorithms_guaranteed):
    cons = getattr(hashlib, name)
    h = cons(b"Nobody inspects the spammish repetition")
    print(name, type(h).__module__, type(h).__name__, h.name, h.digest_size, h.block_size,
          h.hexdigest(24) if h.digest_size == 0 else h.hexdigest())
    n = hashlib.new(name, b"Nobody inspects the spammish repetition")
    print("  new", n.name, (n.hexdigest(24) if n.digest_size == 0 else n.hexdigest()) ==
          (h.hexdigest(24) if h.digest_size == 0 else h.hexdigest()))
    print("  usedforsecurity", cons(usedforsecurity=False).name, hashlib.new(name, usedforsecurity=False).name)

for name in ["MD5", "SHA256", "sha512_224", "sha512_256", "ripemd160", "sm3", "md5-sha1", "blake2b", "blake2s"]:
    attempt("new " + name, lambda: hashlib.new(name, b"x").hexdigest())
print(hashlib.new("blake2b", b"x", digest_size=16).hexdigest(), type(hashlib.new("blake2s")).__module__)
print(hashlib.blake2b(b"x", key=b"k", salt=b"s", person=b"p", digest_size=20).hexdigest())

m = hashlib.sha256()
m.update(b"Nobody inspects")
m.update(b" the spammish repetition")
print(m.digest().hex(), m.copy().hexdigest() == m.hexdigest())

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha512", b"password", b"salt", 10, dklen=16).hex())
print(hashlib.scrypt(b"password", salt=b"salt", n=16, r=2, p=1, dklen=32).hex())


class Reader:
    """A file-like object without getbuffer, read through readinto."""

    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), len(self.data))
        buffer[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


data = bytes(range(256)) * 1000
print(hashlib.file_digest(Reader(data), "sha256").hexdigest() == hashlib.sha256(data).hexdigest())
print(hashlib.file_digest(Reader(data), hashlib.md5).hexdigest() == hashlib.md5(data).hexdigest())
with open(__file__, "rb") as f:
    source = f.read()
with open(__file__, "rb") as f:
    print(hashlib.file_digest(f, "sha1").hexdigest() == hashlib.sha1(source).hexdigest())

attempt("unknown", lambda: hashlib.new("nope"))
attempt("unknown blake2", lambda: hashlib.new("blake2x"))
attempt("str data", lambda: hashlib.sha256("text"))
attempt("str update", lambda: hashlib.md5().update("text"))
attempt("shake no length", lambda: hashlib.shake_128(b"x").digest())


class NotAFile:
    def __repr__(self):
        return "NotAFile()"


attempt("file_digest not a file", lambda: hashlib.file_digest(NotAFile(), "sha256"))
attempt("pbkdf2 unknown", lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1))
