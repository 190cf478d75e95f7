print(repr('  x  '.strip()), repr('xxhixx'.strip('x')), repr('  x '.lstrip()), repr(' x  '.rstrip()), repr('abcba'.strip('ab')))
print(repr('x'.center(6)), repr('x'.center(6, '*')), repr('ab'.center(5)), repr('x'.ljust(3, '.')), repr('x'.rjust(3)), repr('42'.zfill(5)), repr('-42'.zfill(6)), repr('+7'.zfill(4)))
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), repr('\t'.expandtabs(0)))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('', '-'), 'abc'.replace('x', 'y'), 'aaa'.replace('a', 'b', 0))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
print('Hello'.translate({ord('l'): 'L', ord('o'): None}), str.maketrans('ab', 'xy'), 'abc'.translate(str.maketrans('ab', 'xy', 'c')))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(e)
