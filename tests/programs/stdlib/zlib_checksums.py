# zlib: crc32 and adler32 with running values (any int, taken modulo 2**32), and the constants.
import zlib

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

text = b"The quick brown fox jumps over the lazy dog"
print(zlib.crc32(text), zlib.adler32(text), zlib.crc32(b""), zlib.adler32(b""))
for start in [0, 1, 5, -1, 2**32, 2**32 + 7, 2**70, 0xffffffff, 0xfff1fff0]:
    print(start, zlib.crc32(text, start), zlib.adler32(text, start), zlib.crc32(b"", start), zlib.adler32(b"", start))
for n in [1, 15, 16, 5552, 5553, 70000]:
    block = bytes(range(256)) * (n // 256 + 1)
    print(n, zlib.crc32(block[:n]), zlib.adler32(block[:n]), zlib.adler32(block[:n], 0xffffffff))
crc, adler = 0, 1
for i in range(0, len(text), 5):
    crc = zlib.crc32(text[i:i + 5], crc)
    adler = zlib.adler32(text[i:i + 5], adler)
print(crc == zlib.crc32(text), adler == zlib.adler32(text))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abc")), zlib.adler32(memoryview(b"xabc")[1:]))
print(attempt(lambda: zlib.crc32("s")), attempt(lambda: zlib.crc32(b"s", 1.0)), attempt(lambda: zlib.adler32()),
      attempt(lambda: zlib.crc32(b"s", value=1)))
for name in sorted(dir(zlib)):
    value = getattr(zlib, name)
    if isinstance(value, int):
        print(name, value)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION[:2], zlib.__version__, zlib.error.__module__,
      zlib.error.__mro__)
print(sorted(n for n in dir(zlib) if not n.startswith("_") and not isinstance(getattr(zlib, n), int)))
print([n for n in dir(zlib.compressobj()) if not n.startswith("_")], [n for n in dir(zlib.decompressobj()) if not n.startswith("_")])
