s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('zz'), s.rfind('a'), s.index('c'), s.rindex('b'), s.count('a'), s.count('abra'), s.count(''))
print(s.startswith('abr'), s.startswith(('x', 'ab')), s.endswith('bra'), s.endswith('a', 0, 3), s.startswith('', 50))
print(s.find('', 11), s.find('', 12), s.count('a', 2, -2), 'aaa'.count('aa'), s.find('a', -3), s.rfind('a', 0, -1))
for f in (lambda: s.index('z'), lambda: s.rindex('q'), lambda: s.startswith(1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print('b' in s, 'cad' in s, '' in s, 'abc' not in s)
