# bytes patterns over bytes-like subjects (bytes, bytearray, memoryview, array), the LOCALE
# flag in the C locale, and mixing str and bytes.
import array
import re


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n'
show('match', lambda: re.match(rb'(\w+) (\S+) HTTP/(\d)\.(\d)', data).groups())
show('findall headers', lambda: re.findall(rb'^(\w+): (.*?)\r$', data, re.M))
show('split', lambda: re.split(rb'\r\n', data))
show('sub', lambda: re.sub(rb'\d', b'#', data))
show('sub template', lambda: re.sub(rb'(\w+)\.(\w+)', rb'\2.\1', data))
show('sub callable', lambda: re.sub(rb'[a-z]+', lambda m: m.group().upper(), b'abc 12 de'))
show('subn', lambda: re.subn(rb'\s+', b' ', data))
show('escape', lambda: re.escape(b'\x00a.b\xff'))
show(r'\w bytes', lambda: re.findall(rb'\w+', b'caf\xe9 na\xefve _x1'))
show(r'\s bytes', lambda: re.findall(rb'\s', b' \t\n\r\x0b\x0c\x1c\x85\xa0'))
show(r'\d bytes', lambda: re.findall(rb'\d+', b'12 \xb2 34'))
show('ignorecase bytes', lambda: re.findall(rb'(?i)caf\xc9', b'CAF\xc9 caf\xe9 Caf\xc9'))
show('high bytes', lambda: re.findall(rb'[\x80-\xff]+', b'a\x80\x81b\xffc'))
show('dot bytes', lambda: re.findall(rb'.', b'a\nb\x00'))

# Subjects of other bytes-like types: groups are bytes, string is the object itself.
for subject in [bytearray(b'abc123'), memoryview(b'abc123'), memoryview(b'xxabc123xx')[2:8],
                array.array('B', b'abc123'), b'abc123']:
    m = re.search(rb'([a-z]+)(\d+)', subject)
    print(type(subject).__name__, m.groups(), type(m.group(1)).__name__, m.string is subject, m.span())
    print('  findall', re.findall(rb'\d', subject), 'split', re.split(rb'b', subject))
    print('  sub', re.sub(rb'\d', b'-', subject), 'fullmatch', re.fullmatch(rb'\w+', subject) is not None)
show('array of ints', lambda: re.findall(rb'.', array.array('h', [65, 66])))
show('whole bytes group', lambda: (lambda s: re.match(rb'.*', s).group() is s)(b'xyz'))

# A bytearray changed after the match: the match reads the object as it is now.
ba = bytearray(b'hello world')
m = re.search(rb'world', ba)
ba[6:11] = b'WORLD'
show('changed bytearray', lambda: (m.group(), m.span()))
del ba[3:]
show('shrunk bytearray', lambda: (m.group(), m.span(), m[0]))

# LOCALE: bytes only; in the C locale only ASCII letters have case.
show('locale word', lambda: re.findall(rb'\w+', b'caf\xe9 abc', re.L))
show('locale ignorecase', lambda: re.findall(rb'[a-z]+', b'ABC \xc9\xe9', re.L | re.I))
show('locale boundary', lambda: re.findall(rb'\bx', b'x \xe9x ax', re.L))
show('locale flags', lambda: re.compile(rb'a', re.L).flags)
show('locale inline', lambda: re.compile(rb'(?L)a').flags)
show('locale repr', lambda: re.compile(rb'(?Li)a'))

# Mixing str and bytes.
show('str pattern bytes subject', lambda: re.match('a', b'a'))
show('bytes pattern str subject', lambda: re.match(b'a', 'a'))
show('bytes pattern bytearray repl', lambda: re.sub(b'a', bytearray(b'x'), b'aa'))
show('bytes pattern memoryview repl', lambda: re.sub(b'a', memoryview(b'y'), b'aa'))
show('bytes pattern str repl', lambda: re.sub(b'a', 'x', b'a'))
show('str pattern bytes repl', lambda: re.sub('a', b'x', 'a'))
show('bytes template str', lambda: re.sub(b'(a)', r'\1', b'a'))
show('str template bytes', lambda: re.sub('(a)', rb'\1', 'a'))
show('callable returns str', lambda: re.sub(b'a', lambda m: 'x', b'a'))
show('unicode flag on bytes', lambda: re.compile(b'a', re.U))
show('ASCII on bytes', lambda: re.compile(b'a', re.A).flags)
show('non-string subject', lambda: re.search(b'a', 12))
show('non-string pattern', lambda: re.compile(12))
show('None subject', lambda: re.compile('a').search(None))
show('list subject', lambda: re.compile(b'a').findall([97]))
