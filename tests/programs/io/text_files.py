# Text files: write, read back, newline translation, seek/tell, iteration, errors.
import io

P = '/tmp/pythebo-io-test-text.txt'

with open(P, 'w') as f:
    print(repr(f))
    print(f.write('first line\n'), f.write('héllo wörld €\n'), f.write('last'))
    f.writelines(['\n', 'a\n', 'b\n'])
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed, repr(f))

with open(P) as f:
    print(repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))

with open(P) as f:
    print(repr(f.read(5)), f.tell())
    rest = f.read()
    print(len(rest), f.tell())
    f.seek(0)
    print([line for line in f])
    print(f.seek(0, 2), repr(f.read()))
    f.seek(11)
    print(repr(f.read(5)))

for line in open(P):
    print(repr(line), end=' ')
print()

# Universal newlines and the newline argument.
with open(P, 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(P, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with open(P, 'rb') as f:
    print(f.read())
with open(P, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
with open(P, 'rb') as f:
    print(f.read())
with open(P) as f:
    print(repr(f.read()))

# Append and update modes.
with open(P, 'w') as f:
    f.write('abc\n')
with open(P, 'a') as f:
    print(f.tell())
    f.write('def\n')
with open(P, 'a+') as f:
    f.write('ghi\n')
    f.seek(0)
    print(repr(f.read()))
with open(P, 'r+') as f:
    f.write('ABC')
    f.seek(0)
    print(repr(f.read()))
with open(P, 'w+') as f:
    print(repr(f.read()))
    f.write('new')
    f.seek(0)
    print(repr(f.read()), f.truncate(1), f.tell())
with open(P) as f:
    print(repr(f.read()))

# Errors.
f = open(P)
for call in [lambda: f.write('x'), lambda: f.truncate()]:
    try:
        call()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
for name in ['read', 'readline', 'tell', 'flush', '__iter__', '__next__', '__enter__', 'readable', 'isatty', 'fileno']:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, e)
f = open(P, 'w')
try:
    f.read()
except io.UnsupportedOperation as e:
    print(e)
try:
    f.write(b'bytes')
except TypeError as e:
    print(e)
f.close()
with open(P) as f:
    for args in [(3, 1), (3, 2), (-3,), (0, 7)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
    next(f)
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    f.seek(0)
    print(f.tell())

# Encodings.
with open(P, 'w', encoding='latin-1') as f:
    f.write('café')
with open(P, 'rb') as f:
    print(f.read())
with open(P, encoding='latin-1') as f:
    print(f.read(), f.encoding)
try:
    with open(P) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(P, errors='replace') as f:
    print(repr(f.read()))
with open(P, 'w', encoding='utf-16') as f:
    f.write('hi')
    f.write(' there')
with open(P, 'rb') as f:
    print(f.read())
with open(P, encoding='utf-16') as f:
    print(repr(f.read()))
with open(P, 'w', encoding='utf-8-sig') as f:
    f.write('sig')
with open(P, 'rb') as f:
    print(f.read())
with open(P, encoding='utf-8-sig') as f:
    print(repr(f.read()))
try:
    open(P, encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)

# A long file: lines that cross the read chunks, multi-byte characters cut between chunks.
with open(P, 'w') as f:
    for i in range(3000):
        f.write('line %d %s\n' % (i, 'é' * (i % 7)))
with open(P) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(P) as f:
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
print(total == sum(len(l) for l in lines))
