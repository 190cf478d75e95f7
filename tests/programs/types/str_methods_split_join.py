print('a,b,,c'.split(','), 'a b  c '.split(), '  x  '.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), 'abc'.split('b'), 'l1\nl2\r\nl3\r'.splitlines(), 'l1\nl2\n'.splitlines(True), 'x\x0by\x1cz'.splitlines())
print('-'.join(['a', 'b']), ''.join([]), ', '.join('xyz'), 'a'.join(map(str, range(3))))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
for f in (lambda: ','.join([1, 2]), lambda: 'a'.split(''), lambda: 'a'.partition('')):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print('  a b '.split(None, 1), 'a\tb\nc'.split(), '1 2 3'.rsplit(None, 1))
