# zlib: compressobj and decompressobj: flush modes, zdict, max_length with unconsumed_tail,
# unused_data and eof, copies, and the errors of streams used after their end.
import zlib

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

c = zlib.compressobj()
for step in [lambda: c.compress(b""), lambda: c.compress(b"a"), lambda: c.flush(zlib.Z_SYNC_FLUSH),
             lambda: c.flush(zlib.Z_SYNC_FLUSH), lambda: c.flush(zlib.Z_FULL_FLUSH), lambda: c.compress(b"bc"),
             lambda: c.flush(zlib.Z_NO_FLUSH), lambda: c.flush(), lambda: c.flush(), lambda: c.compress(b"x"),
             lambda: c.flush(zlib.Z_SYNC_FLUSH), lambda: c.flush(zlib.Z_NO_FLUSH), lambda: c.copy()]:
    print(attempt(step))
c = zlib.compressobj()
print(attempt(lambda: c.flush(7)), attempt(lambda: c.flush(-1)), attempt(lambda: c.flush(zlib.Z_TREES)))
for wbits in [31, -15]:
    c = zlib.compressobj(wbits=wbits)
    print(wbits, c.compress(b""), c.compress(b"a"), c.flush())
for level in [0, 1, 6, 9]:
    for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY]:
        c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
        parts = [c.compress(b"abc" * 100), c.compress(b"xyz" * 50), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b"q"), c.flush()]
        print(level, strategy, [p.hex() for p in parts])

c = zlib.compressobj(zdict=b"hello")
with_dict = c.compress(b"hello world") + c.flush()
print(with_dict.hex(), attempt(lambda: zlib.decompress(with_dict)), attempt(lambda: zlib.decompressobj().decompress(with_dict)),
      attempt(lambda: zlib.decompressobj(zdict=b"hellx").decompress(with_dict)),
      zlib.decompressobj(zdict=bytearray(b"hello")).decompress(with_dict))
c = zlib.compressobj(wbits=-15, zdict=b"abc")
raw_dict = c.compress(b"abcabc") + c.flush()
print(raw_dict.hex(), zlib.decompressobj(-15, zdict=b"abc").decompress(raw_dict))
print(attempt(lambda: zlib.compressobj(wbits=31, zdict=b"abc")), (lambda c: (c.compress(b"abc") + c.flush()).hex())(zlib.compressobj(zdict=b"")))
for kw in [{"wbits": 40}, {"memLevel": 10}, {"memLevel": 0}, {"method": 9}, {"strategy": 9}, {"level": 11}, {"zdict": 1}, {"zdict": "s"}]:
    print(kw, attempt(lambda: zlib.compressobj(**kw)))
for kw in [{"wbits": 99}, {"wbits": 7}, {"zdict": 1}]:
    print(kw, attempt(lambda: zlib.decompressobj(**kw)))
print(attempt(lambda: zlib.compressobj(1, 8, 15, 8, 0, b"", 5)), attempt(lambda: zlib.compressobj().compress("s")))
print(attempt(lambda: type(zlib.compressobj())()), attempt(lambda: type(zlib.decompressobj())()))

data = zlib.compress(b"hello world" * 100)
d = zlib.decompressobj()
for step in [lambda: len(d.decompress(data + b"xyz")), lambda: (d.eof, d.unused_data, d.unconsumed_tail),
             lambda: d.decompress(b"more"), lambda: d.unused_data, lambda: d.flush(), lambda: d.copy(),
             lambda: d.decompress(b"x"), lambda: d.unused_data, lambda: d.flush()]:
    print(attempt(step))
d = zlib.decompressobj()
for step in [lambda: d.decompress(data[:10]), lambda: d.flush(), lambda: d.eof, lambda: d.decompress(data[10:])[:10],
             lambda: d.flush(), lambda: d.eof, lambda: d.copy(), lambda: d.decompress(b"zz")]:
    print(attempt(step))
d = zlib.decompressobj()
chunks = [d.decompress(data, 5)]
print(chunks, len(d.unconsumed_tail))
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 300))
print([len(c) for c in chunks], d.eof, b"".join(chunks) == b"hello world" * 100)
d = zlib.decompressobj()
print(attempt(lambda: d.decompress(data, -1)), attempt(lambda: d.flush(0)), attempt(lambda: d.flush(-5)),
      attempt(lambda: d.decompress(data, max_length=3)), attempt(lambda: d.decompress(data=data)))
d = zlib.decompressobj()
print(attempt(lambda: d.decompress(b"abc")), attempt(lambda: d.decompress(data)))
d = zlib.decompressobj()
print(len(d.decompress(data[:-2])), attempt(lambda: d.decompress(b"xx")))

# Byte by byte, including gzip's header, whose bytes yield nothing until the data starts.
gz = zlib.compress(b"payload", wbits=31)
d = zlib.decompressobj(47)
print([d.decompress(bytes([b])) for b in gz], d.eof, d.unused_data)
d = zlib.decompressobj(-15)
print(d.decompress(zlib.compress(b"raw", wbits=-15) + b"tail"), d.eof, d.unused_data)

# Copies go on independently.
c = zlib.compressobj(9)
head = c.compress(b"shared start ")
c2 = c.copy()
a = head + c.compress(b"first") + c.flush()
b = head + c2.compress(b"second") + c2.flush()
print(zlib.decompress(a), zlib.decompress(b), c.__copy__ is not None, attempt(lambda: c.copy()))
d = zlib.decompressobj()
d.decompress(data[:20])
d2 = d.copy()
print(len(d.decompress(data[20:])), len(d2.decompress(data[20:])), d2.eof, d.__deepcopy__({}).eof)
