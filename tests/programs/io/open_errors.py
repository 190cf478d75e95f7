# open(): argument checks, mode strings, and the OSErrors of missing or wrong files.
import io

P = '/tmp/pythebo-io-test-errors.txt'
with open(P, 'w') as f:
    f.write('x')

for mode in ['rw', 'rr', 'z', 'r+w', '', 'wa', 'tb', 'U', 'rU', 'b', 't', '+', 'r+b+', 'br', 'tr', 'rt+']:
    try:
        f = open(P, mode)
        print(repr(mode), 'ok', f.mode)
        f.close()
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)

for kw in [dict(mode='rb', encoding='utf-8'), dict(mode='rb', errors='strict'), dict(mode='rb', newline=''),
           dict(newline='x'), dict(buffering=0), dict(encoding='nope'), dict(mode=3), dict(encoding=3),
           dict(errors=3), dict(newline=3), dict(buffering='x'), dict(closefd=False), dict(buffering=1)]:
    try:
        f = open(P, **kw)
        print(kw, 'ok', f.line_buffering)
        f.close()
    except (ValueError, TypeError, LookupError) as e:
        print(kw, type(e).__name__, e)

for name in [3.5, None, '/tmp', '/nonexistent-dir/x.txt', '', 'a\0b', P + '/sub', -1]:
    try:
        open(name)
    except Exception as e:
        print(repr(name), type(e).__name__, e, e.args)

try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.filename2, e.args)
    print(isinstance(e, OSError), isinstance(e, IOError), type(e).__mro__)
try:
    open(P, 'x')
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open('/tmp', 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e)

with open(P.encode()) as f:
    print(repr(f), f.name)

class PathLike:
    def __fspath__(self):
        return P

with open(PathLike()) as f:
    print(f.read(), f.name)

print(io.UnsupportedOperation.__mro__)
print(open is io.open, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.TextIOWrapper.__name__, io.FileIO.__name__, io.TextIOWrapper.__module__, io.FileIO.__module__)
with open(P) as f:
    print(type(f) is io.TextIOWrapper, type(f.buffer) is io.BufferedReader, type(f.buffer.raw) is io.FileIO)
