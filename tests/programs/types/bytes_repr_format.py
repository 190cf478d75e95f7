# bytes and bytearray repr quoting, printf-style formatting, hex/fromhex and case methods.
for b in (b'', b"'", b'"', b'\'"', b"it's", b'\x00\t\n\r\\\x7f\x80\xff', bytes(range(0, 256, 17))):
    print(repr(b), repr(bytearray(b)), str(b), b.hex(), b.hex(':'), b.hex(' ', -2), bytes.fromhex(b.hex()) == b)
print(b'%-6s|%6b|%.2r|%a|%%|%i|%x|%o|%X|%5.1f|%c|%c' % (b'ab', bytearray(b'cd'), 'xyz', 'é', 7, 255, 8, 255, 2.25, 33, b'!'))
print(b'%(k)s %(n)d' % {b'k': b'v', b'n': 3}, b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), bytearray(b'%s!') % b'x', b'%s' % (b'one',))
class Bz:
    def __bytes__(self):
        return b'BZ'
print(b'<%s>' % Bz(), bytes(Bz()), b'%r' % Bz.__name__)
print(bytes.fromhex(' 01 ff\t0a '), bytearray.fromhex('abcd'), b'abcdef'.hex('-', 4), b'abcdef'.hex(b'|', -4))
for b in (b'hello World 42', b'HELLO', b'hello world', b'Title Case', b'x1y2', b'   ', b'\xe9t\xe9', b''):
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalnum(), b.isalpha(), b.isascii(),
          b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle())
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'aabbcc'.translate(t, b'b'), b'abc'.translate(None, delete=b'a'), bytearray(b'cab').translate(t))
for f in (lambda: b'%d' % b'x', lambda: b'%s' % 'x', lambda: b'%s %s' % (b'a',), lambda: b'%s' % (b'a', b'b'), lambda: b'%c' % 300,
          lambda: b'%c' % 'a', lambda: b'%y' % 1, lambda: b'%(a)s' % (1,), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'),
          lambda: bytes.fromhex(b'00'), lambda: b'ab'.hex('::'), lambda: b'ab'.hex('é'), lambda: bytes.maketrans(b'a', b'xy'),
          lambda: b'a'.translate(b'x')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
