# Order of evaluation and binding rules of the match statement (CPython 3.11).
class L(list):
    def __len__(self):
        print('len')
        return list.__len__(self)
    def __getitem__(self, i):
        print('getitem', i)
        return list.__getitem__(self, i)
    def __iter__(self):
        print('iter')
        return list.__iter__(self)
for pat in range(4):
    s = L([1, 2, 3])
    match pat, s:
        case 0, [a, b, c]:
            print('unpacked', a, b, c)
        case 1, [a, *_]:
            print('first', a)
        case 2, [*_, z]:
            print('last', z)
        case 3, [a, *rest]:
            print('star', a, rest)
class D(dict):
    def get(self, k, default=None):
        print('get', k)
        return dict.get(self, k, default)
    def __missing__(self, k):
        print('missing', k)
        return 0
match D(a=1, b=2, c=3):
    case {'a': 1, 'z': _}:
        print('no')
    case {'a': x, **rest}:
        print('a', x, sorted(rest.items()))
# bindings happen only when the whole pattern matches
y = 'unbound'
match [1, 2]:
    case [y, 3]:
        pass
    case _:
        print('y still', y)
# a failing guard keeps the bindings
match 5:
    case n if n > 10:
        pass
    case _:
        print('n bound by failed guard:', n)
# OR patterns bind in any order
match (2, 'x'):
    case (1, w) | (2, w):
        print('w =', w)
# strings and bytes are not sequences, mappings need a mapping
for v in ['ab', b'ab', bytearray(b'ab'), (1, 2), range(2), {'k': 1}]:
    match v:
        case [p, q]:
            print(repr(v), 'seq', p, q)
        case {'k': k}:
            print(repr(v), 'map', k)
        case _:
            print(repr(v), 'other')
# class patterns with self-matching builtins, subclasses, keyword patterns
class MyInt(int):
    pass
for v in [True, 3, MyInt(4), 2.5, 'txt', [1], (1,), {1: 2}, {1}, frozenset({1})]:
    match v:
        case bool(b):
            print('bool', b)
        case int(i):
            print('int', type(i).__name__, i)
        case float(real=r):
            print('float real', r)
        case str(s):
            print('str', s)
        case list(l) | tuple(l):
            print('list/tuple', l)
        case dict(d):
            print('dict', d)
        case set(s) | frozenset(s):
            print('set', sorted(s))
# value patterns use ==, singletons use identity
match 1.0:
    case 1:
        print('1.0 == 1')
match 0:
    case False:
        print('wrong')
    case _:
        print('0 is not False')
class Color:
    RED = 'red'
match 'red':
    case Color.RED:
        print('Color.RED')
# nested capture of the whole subject with as
match [1, [2, 3]]:
    case [1, [_, _] as inner] as whole:
        print(inner, whole)
