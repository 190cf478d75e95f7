# Code points beyond the BMP count as one character for len, indexing, slicing, find and friends.
s = 'a😀b😀c𝐀d'
print(len(s), s[1], s[-2], s[1:4], s[::-1], s[::2], s[-3:], [c for c in s], list(reversed(s)))
print(s.find('😀'), s.find('😀', 2), s.rfind('😀'), s.index('c'), s.rindex('😀', 0, 3), s.find('b', 1, 2), s.find('b', 1, 3))
print(s.count('😀'), s.count('😀', 2), s.count(''), s.count('', 3, 5), s.startswith('😀', 1), s.endswith('c', 0, -2))
print(s.startswith(('x', 'b'), 2), s.endswith('', 7), s.endswith('', 8), s.startswith('', 8), s.find('', 7), s.find('', 8))
print(s.center(11, '𝐀'), s.ljust(10, '*'), s.rjust(9, '😀'), s.zfill(10), '😀'.center(4), '-😀'.zfill(4))
print(s.replace('', '|'), s.replace('😀', '<>', 1), s.split('😀'), s.rsplit('😀', 1), s.partition('😀'), s.rpartition('😀'))
print(s.strip('a𝐀d'), s.lstrip('a😀'), s.rstrip('d𝐀'), s.translate({ord('😀'): '!', ord('a'): None}), s.upper(), s.title())
print(repr(s), ascii(s), s.encode('utf-8')[:6], '%5s|%-4s|%.2s' % ('😀', '😀', '😀😀😀'), '{:😀^7}'.format('x'), f'{s:.3}')
for i in [7, -8, 8, -9]:
    try:
        print(s[i])
    except IndexError as e:
        print('IndexError', e)
