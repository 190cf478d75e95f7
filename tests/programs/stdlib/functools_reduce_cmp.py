# functools.reduce and cmp_to_key (through _functools).
from _functools import reduce, cmp_to_key


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: [b] + a, 'abc', []))
print(reduce(max, iter([3, 9, 2])), reduce(lambda a, b: a + b, ['x']))
show('empty', lambda: reduce(lambda a, b: a + b, []))
show('not iterable', lambda: reduce(lambda a, b: a + b, 5))
show('no args', lambda: reduce())
show('one arg', lambda: reduce(len))
show('four args', lambda: reduce(1, 2, 3, 4))
show('keyword', lambda: reduce(len, [1], initial=3))
show('not callable', lambda: reduce(None, [1, 2]))


def failing():
    yield 1
    raise KeyError('from iterable')


show('iterable raises', lambda: reduce(lambda a, b: a + b, failing()))

key = cmp_to_key(lambda a, b: a - b)
print(type(key).__name__, type(key).__module__, key(3).obj, key(3) < key(4), key(3) == key(3), key(5) >= key(6))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted('bCa', key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(max([1, 5, 3], key=cmp_to_key(lambda a, b: a - b)), key(obj=7).obj, key.obj)
k = key(1)
k.obj = 10
print(k.obj, k > key(3))
show('compare other', lambda: key(3) < 4)
show('unhashable', lambda: hash(key(3)))
show('call no args', lambda: key())
show('call two', lambda: key(1, 2))
show('call keyword', lambda: key(x=1))
show('no mycmp', lambda: cmp_to_key())
show('two cmps', lambda: cmp_to_key(1, 2))
show('bad result', lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2))
show('set attribute', lambda: setattr(key(1), 'y', 5))
show('subclass', lambda: type('X', (type(key),), {}))
print(cmp_to_key(mycmp=len) is not None, reduce.__doc__.splitlines()[0], cmp_to_key.__doc__)
