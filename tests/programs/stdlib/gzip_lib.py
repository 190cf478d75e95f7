# gzip (the Lib module) over zlib: one-shot compress/decompress (with mtime 0 the bytes are
# CPython's), several members, GzipFile writing and reading an io.BytesIO, and bad data.
import gzip
import io
import zlib

text = b"The quick brown fox jumps over the lazy dog.\n" * 200
packed = gzip.compress(text, mtime=0)
print(packed[:10].hex(), len(packed), zlib.crc32(packed), gzip.decompress(packed) == text)
for level in [0, 1, 6, 9]:
    p = gzip.compress(text, compresslevel=level, mtime=0)
    print(level, len(p), zlib.crc32(p), gzip.decompress(p) == text)
print(gzip.decompress(packed + gzip.compress(b"second", mtime=0) + b"\0\0") == text + b"second")

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(text[:1000])
    f.flush()
    f.write(text[1000:])
raw = buf.getvalue()
print(len(raw), raw[:10].hex(), gzip.decompress(raw) == text)
buf.seek(0)
with gzip.GzipFile(fileobj=buf, mode="rb") as f:
    first = f.read(10)
    line = f.readline()
    rest = f.read()
print(first, line, first + line + rest == text)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print([len(f.read(4096)) for _ in range(4)], f.read())

for bad in [packed[:-4], packed[:20], b"not gzip at all", packed[:-8] + b"\0" * 8]:
    try:
        gzip.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)
