# Binary files: bytes in and out, buffered and raw layers, readinto, seek/tell/truncate.
import io

P = '/tmp/pythebo-io-test-binary.bin'

with open(P, 'wb') as f:
    print(repr(f), repr(f.raw))
    print(f.write(b'hello\nworld\n'), f.write(bytearray(b'ab')), f.write(memoryview(b'cd\n')))
    print(f.tell(), f.mode, f.name, f.raw.mode, f.readable(), f.writable(), f.seekable())

with open(P, 'rb') as f:
    print(repr(f))
    print(f.read(3), f.readline(), f.tell())
    print(f.readlines())
    print(f.read(), f.read(10))
    f.seek(-3, 2)
    print(f.read(), f.seek(2), f.seek(2, 1), f.read(2))
    f.seek(0)
    print(list(f))
    f.seek(0)
    ba = bytearray(4)
    print(f.readinto(ba), ba)
    mv = memoryview(bytearray(3))
    print(f.readinto(mv), bytes(mv))
    print(f.peek()[:2], f.read1(2))
    try:
        f.readinto(b'xx')
    except TypeError as e:
        print(e)

with open(P, 'r+b') as f:
    print(repr(f))
    f.seek(5)
    f.write(b'!!')
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(8))
    f.seek(0)
    print(f.read())

with open(P, 'ab') as f:
    print(f.tell(), f.mode)
    f.write(b'++')
with open(P, 'rb') as f:
    print(f.read())

# Unbuffered: FileIO itself.
with open(P, 'wb', buffering=0) as f:
    print(repr(f), f.write(b'raw bytes'), f.closefd)
with open(P, 'rb', buffering=0) as f:
    print(repr(f), f.read(3), f.readall(), f.read())

# Closed files and wrong directions.
f = open(P, 'rb')
try:
    f.write(b'x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
f.close()
print(f.closed)
for name in ['read', 'readline', 'tell', 'flush', 'readable', '__enter__', '__next__']:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, e)
try:
    f.seek(0)
except ValueError as e:
    print('seek', e)
f = open(P, 'wb')
try:
    f.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    f.write('str')
except TypeError as e:
    print(e)
try:
    f.seek(-1)
except OSError as e:
    print(type(e).__name__, e.errno, e)
f.close()
f = open(P, 'rb', buffering=0)
f.close()
print(repr(f))
try:
    f.read()
except ValueError as e:
    print(e)
