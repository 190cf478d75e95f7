# zlib: compress/decompress in one call, every wbits form (zlib 9..15, raw -9..-15, gzip 25..31,
# automatic 40..47 when decompressing), each level, and CPython's error texts. The settings
# printed as bytes are the ones whose output is CPython's byte for byte.
import zlib

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

text = b"hello world " * 20
for level in range(-1, 10):
    print(level, zlib.compress(text, level).hex(), zlib.compress(b"", level).hex())
for wbits in [15, -15, 31]:
    print(wbits, zlib.compress(text, wbits=wbits).hex())
# Smaller windows: a valid stream with the window in its header, printed as a round trip.
for wbits in [8, 9, 12, 14, -9, -12, 25, 28]:
    packed = zlib.compress(text * 50, 9, wbits)
    print(wbits, packed[:1].hex() if wbits > 0 else "raw", attempt(lambda: zlib.decompress(packed, wbits) == text * 50),
          zlib.decompress(packed, wbits + 16 if wbits > 16 else 47 if wbits > 0 else wbits) == text * 50)
for wbits in [7, -8, 16, 24, 32, 40, 48, 99]:
    print(wbits, attempt(lambda: zlib.compress(b"x", wbits=wbits)))
print(attempt(lambda: zlib.compress(b"x", 10)), attempt(lambda: zlib.compress(b"x", -2)), attempt(lambda: zlib.compress("s")))

packed = zlib.compress(text)
gz = zlib.compress(text, wbits=31)
raw = zlib.compress(text, wbits=-15)
for name, data in [("zlib", packed), ("gzip", gz), ("raw", raw)]:
    for wbits in [15, 14, 9, 0, 8, 7, 16, 31, 47, 32, 40, 48, -15, -8, -16]:
        print(name, wbits, attempt(lambda: len(zlib.decompress(data, wbits))))
for data in [b"abc", packed[:-1], packed[:5], packed[:2], b"", packed[:-1] + b"x", packed + b"extra",
             gz[:-1] + b"\x01", gz[:-5] + b"\x00" + gz[-4:], b"\x1f\x8b\x09" + gz[3:], b"\x1f\x8b\x08\xe0" + gz[4:],
             b"\x78\x9c\x03\x00\x00\x00\x00\x01", b"\x08\x1d\x03\x00\x00\x00\x00\x01", b"\x78\x9c\x05\x00\x00\x00\x00\x01",
             b"\x78\x9c\x06\x00\x00\x00\x00\x01", b"\x78\x9c\x02\x00\x00\x00\x00\x01", b"\x78\x9c\x00\x05\x00\xfa\xff"]:
    print(data[:12].hex(), attempt(lambda: zlib.decompress(data)), attempt(lambda: zlib.decompress(data, 47)))
print(attempt(lambda: zlib.decompress(packed, bufsize=0)), attempt(lambda: zlib.decompress(packed, bufsize=-1)))
print(zlib.decompress(bytearray(packed)) == text, zlib.decompress(memoryview(packed)) == text)

# A gzip member with every optional header field, and a header CRC.
import struct
header = b"\x1f\x8b\x08\x1e" + b"\0" * 6 + b"\x03\x00abc" + b"name\0comment\0"
member = (header + struct.pack("<H", zlib.crc32(header) & 0xffff) + zlib.compress(b"payload", wbits=-15)
          + struct.pack("<II", zlib.crc32(b"payload"), 7))
print(zlib.decompress(member, 31), attempt(lambda: zlib.decompress(header + b"\0\0" + member[len(header) + 2:], 31)))

# Stored blocks (level 0) are cut where CPython's output buffers end.
big = bytes(range(256)) * 1000
for wbits in [15, -15, 31]:
    out = zlib.compress(big, 0, wbits)
    print(wbits, len(out), zlib.crc32(out))
