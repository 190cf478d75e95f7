# str.encode / bytes.decode for the built-in codecs and the standard error handlers.
text = 'aé€\U0001f600'
for enc in ('utf-8', 'UTF8', 'utf_16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig'):
    b = text.encode(enc)
    print(enc, b, b.decode(enc) == text, len(b))
for enc in ('ascii', 'latin-1', 'iso-8859-1', 'cp1252', 'windows-1252', 'us-ascii', 'L1'):
    for err in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'):
        print(enc, err, text.encode(enc, err), b'a\xe9\x80\xff'.decode(enc, err) if err in ('ignore', 'replace', 'backslashreplace') else '')
print(b'a\xff\xfeb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print('a\udc80'.encode('latin-1', 'surrogateescape'), '\ud800'.encode('utf-8', 'surrogatepass'), '\udc80'.encode('utf-16-le', 'surrogatepass'))
for bad in (b'\xe2\x82', b'\xe2\x28\xa1', b'\xf0\x9f\x98', b'\xf0\x9f\x98x', b'\xed\xa0\x80', b'\xc0\x80', b'\xf5\x80', b'\xe0\x80\x80', b'a\x80b\xfe'):
    print(bad, bad.decode('utf-8', 'replace'), bad.decode('utf-8', 'backslashreplace'), bad.decode('utf-8', 'ignore'), bad.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == bad)
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(' ', e, '|', e.encoding, e.object, e.start, e.end, e.reason)
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'), b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
print(str(b'abc', 'ascii'), str(bytearray(b'h\xc3\xa9'), 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'x', errors='strict'), str(encoding='ascii'), str(memoryview(b'mv'), 'ascii'))
print(bytes('é', 'utf-8'), bytes('é', 'latin-1'), bytes('é', 'ascii', 'replace'), bytearray('€', 'utf-16-be'), 'x'.encode(errors='bogus'), 'x'.encode(encoding='ascii'))
for f in (lambda: 'éé€x'.encode('ascii'), lambda: 'aé€'.encode('latin-1'), lambda: '\x81'.encode('cp1252'), lambda: b'\x81'.decode('cp1252'),
          lambda: 'a\udcff\ud800é'.encode('utf-8'), lambda: '\ud800'.encode('utf-16'), lambda: '\udc80x'.encode('utf-32-le'),
          lambda: b'\x00\xd8'.decode('utf-16-le'), lambda: b'\x00\xdc\x00\x00'.decode('utf-16-le'), lambda: b'a'.decode('utf-16-le'),
          lambda: b'\x00\xd8a\x00'.decode('utf-16-le'), lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'), lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'),
          lambda: b'ab'.decode('utf-32'), lambda: b'\xfe\xff\x00'.decode('utf-16'), lambda: 'é\udc80'.encode('ascii', 'surrogateescape'),
          lambda: 'é'.encode('ascii', 'surrogatepass'), lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'), lambda: 'é'.encode('ascii', 'bogus'),
          lambda: b'\xff'.decode('ascii', 'bogus'), lambda: 'x'.encode('bogus-codec'), lambda: b'x'.decode('no such'), lambda: 'x'.encode('rot13'),
          lambda: b'x'.decode('base64'), lambda: 'a'.encode(5), lambda: 'a'.encode('ascii', 5), lambda: b'a'.decode(5), lambda: bytes('a', 5),
          lambda: str(5, 'utf-8'), lambda: str('a', 'ascii'), lambda: bytes('x'), lambda: bytes(1, 'utf-8'), lambda: bytes('x', errors='strict'),
          lambda: bytes(errors='x'), lambda: b'\x80\x81abc'.decode('ascii')):
    try:
        print(f())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
