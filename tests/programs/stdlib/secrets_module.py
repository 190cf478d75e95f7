# Lib/secrets.py: the values are random, so only their kinds, sizes and ranges are printed.
import secrets

print(sorted(secrets.__all__))
for n in (None, 0, 1, 16, 33):
    args = () if n is None else (n,)
    b, h, u = secrets.token_bytes(*args), secrets.token_hex(*args), secrets.token_urlsafe(*args)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h), all(c in "0123456789abcdef" for c in h),
          type(u).__name__, all(c.isalnum() or c in "-_" for c in u))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), all(0 <= secrets.randbits(8) < 256 for _ in range(200)))
print(secrets.choice("abc") in "abc", secrets.choice([7]), secrets.randbelow(1))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("abc", "abd"))
print(type(secrets.SystemRandom()).__name__, secrets.DEFAULT_ENTROPY)
for call in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-1), lambda: secrets.choice([]),
             lambda: secrets.token_bytes(-1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
