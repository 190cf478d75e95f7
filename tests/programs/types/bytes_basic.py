b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], len(b), b.upper(), b.split(), b.replace(b'o', b'0'), b.find(b'o'), b.count(b'l'))
print(b + b'!', b * 2, b'l' in b, 108 in b, b.startswith(b'he'), b.hex(), bytes.fromhex('68 69'), b.hex(':', 2) if False else b.hex(' '))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(range(5)), bytes(b'copy'), list(b'ab'), b'a' < b'b', b'abc' == b'abc')
print(b'%d-%s' % (5, b'x'), b'x=%r' % b'y' if False else b'%c' % 65, b'  x '.strip(), b'a,b'.split(b','), b'-'.join([b'a', b'b']))
print(repr(b'\x00\t\n\r\'"\\\x7f\x80\xff'), b'abc'.isalpha(), b'123'.isdigit(), b'Ab'.swapcase(), b'ab'.center(6, b'*'))
for f in (lambda: b'a' + 'b', lambda: bytes([256]), lambda: bytes('x'), lambda: b'x'[5], lambda: bytes(-1), lambda: b'%d' % b'x'):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
