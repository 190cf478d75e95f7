# bytes/bytearray searching, splitting and padding, with CPython's index rules and errors.
samples = [b'', b'a', b'hello world', b'  Hello World  ', b'a,b,,c,', b'\tx\ny\r\nz\r', b'12ab', b'-42']
for B in (bytes, bytearray):
    for s in map(B, samples):
        print(repr(s), s.find(b'l'), s.rfind(b'l'), s.find(b'l', 3, -2), s.count(b''), s.count(b'l', 1),
              s.find(b'', 20), s.rfind(b''), s.index(b'') if s else None, s.startswith((b'x', b'h')), s.endswith(b'd', 0, 5))
        print(' ', s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(b','), s.rsplit(b',', 1))
        print(' ', s.splitlines(), s.splitlines(True), s.partition(b' '), s.rpartition(b' '))
        print(' ', s.strip(), s.lstrip(b' \t'), s.rstrip(b'\r'), s.strip(b'ad '), s.center(15, b'*'), s.ljust(14), s.rjust(13, b'.'), s.zfill(8))
        print(' ', s.replace(b'', b'-'), s.replace(b'l', b'LL', 1), s.replace(b'', b'-', 2), s.expandtabs(2), s.removeprefix(b'he'), s.removesuffix(b'ld'))
print(b'abcabc'.count(97), b'abc'.find(99), b'abc'.index(98, 1), bytearray(b'xyx').rindex(b'x'), b'aaa'.count(b'aa'), b'abc'.find(b'c', None, None))
for f in (lambda: b'abc'.index(b'z'), lambda: b'abc'.count('a'), lambda: b'abc'.find(256), lambda: b'abc'.find(b'a', 'x'),
          lambda: b'abc'.startswith('a'), lambda: b'abc'.endswith([b'c']), lambda: b'abc'.startswith((b'a', 'b')),
          lambda: b'a b'.split(b''), lambda: b'a b'.rsplit(''), lambda: b'ab'.partition(b''), lambda: b'ab'.center(5, 'x'),
          lambda: bytearray(b'ab').ljust(5, b'xy'), lambda: b'ab'.strip('a'), lambda: b'ab'.replace(b'a', 'b'), lambda: b'ab'.zfill('3')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
