s = 'héllo €'
b = s.encode()
print(b, len(b), b.decode(), s.encode('utf-8') == b, s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'), 'abc'.encode('ascii'), 'é'.encode('latin-1'))
print(b'\xe9'.decode('latin-1'), b'h\xc3\xa9'.decode('utf-8'), b'\xff'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'replace'))
print('😀'.encode('utf-16-le'), '😀'.encode('utf-32-be'), 'ab'.encode('utf-16'))
for f in (lambda: 'é'.encode('ascii'), lambda: b'\xc3'.decode('utf-8'), lambda: 'x'.encode('bogus-codec')):
    try:
        f()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
