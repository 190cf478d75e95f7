# UnicodeEncodeError / UnicodeDecodeError carry CPython's five arguments and attributes.
for f in (lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'), lambda: b'ab\xe2\x82'.decode(), lambda: 'xé€'.encode('latin-1')):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.args, e.encoding, e.object, e.start, e.end, e.reason, repr(e))
        print(' ', e)
print(str(UnicodeDecodeError('utf-8', b'ab', 0, 2, 'bad')), str(UnicodeEncodeError('ascii', 'ab', 1, 2, 'bad')), str(UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'bad')))
try:
    raise UnicodeDecodeError('ascii', b'\x80', 0, 1, 'custom')
except ValueError as e:
    print(type(e).__name__, e, e.reason, isinstance(e, UnicodeError))
'é'.encode('ascii')
