# zlib: settings the JDK's zlib cannot be given (windows under 32 KiB, memLevel, Z_RLE, Z_FIXED,
# Z_PARTIAL_FLUSH, Z_BLOCK): their streams are valid and decompress, also with the window they
# declare, but their bytes may differ from CPython's, so only round trips are printed.
import zlib

x = 7
data = bytearray()
for _ in range(20000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
    data.append(b"abcdefgh \n"[(x >> 8) % 10])
data = bytes(data)

for wbits in [9, 10, 12, 14, -9, -12, 25, 28]:
    for level in [1, 6, 9]:
        one = zlib.compress(data, level, wbits)
        c = zlib.compressobj(level, zlib.DEFLATED, wbits)
        streamed = b"".join(c.compress(data[i:i + 1500]) for i in range(0, len(data), 1500)) + c.flush()
        d = zlib.decompressobj(wbits)
        back = d.decompress(streamed)
        print(wbits, level, zlib.decompress(one, wbits) == data, back == data, d.eof, d.unused_data)
    if wbits > 0 and wbits < 16:
        print(" header", zlib.compress(b"x", 6, wbits)[:2].hex(), zlib.decompress(zlib.compress(data, 6, wbits), 15) == data)

for mem in [1, 5, 9]:
    c = zlib.compressobj(6, zlib.DEFLATED, 15, mem)
    print("memLevel", mem, zlib.decompress(c.compress(data) + c.flush()) == data)
for strategy in [zlib.Z_RLE, zlib.Z_FIXED]:
    c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    out = c.compress(data) + c.flush()
    print("strategy", strategy, out[:2].hex(), zlib.decompress(out) == data)
for mode in [zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]:
    c = zlib.compressobj()
    d = zlib.decompressobj()
    got = d.decompress(c.compress(data[:1000]) + c.flush(mode))
    print("flush", mode, got == data[:1000], d.decompress(c.compress(data[1000:]) + c.flush()) == data[1000:], d.eof)
