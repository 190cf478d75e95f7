# namedtuple's machinery in _collections: _tuplegetter field descriptors on tuple subclasses,
# and _count_elements, Counter's counting loop.
from _collections import _tuplegetter, _count_elements


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))


p = Point(3, 4)
print(p, p.x, p.y, Point.x, Point.y.__doc__, type(Point.x).__name__)
show('set', lambda: setattr(p, 'x', 1))
show('delete', lambda: delattr(p, 'x'))
g = _tuplegetter(1, 'doc')
print(g, g.__reduce__(), g.__get__((1, 2), tuple), g.__get__(None, tuple) is g)
show('short tuple', lambda: g.__get__((1,), tuple))
show('not a tuple', lambda: g.__get__([1, 2], tuple))
show('__set__', lambda: g.__set__((1, 2), 3))
show('__delete__', lambda: g.__delete__((1, 2)))
show('no args', lambda: _tuplegetter())
show('one arg', lambda: _tuplegetter(1))
show('keywords', lambda: _tuplegetter(1, 2, x=3))
show('str index', lambda: _tuplegetter('a', 'b'))
show('huge index', lambda: _tuplegetter(2 ** 70, None))
show('negative', lambda: _tuplegetter(-1, None).__get__((1, 2)))
show('subclass', lambda: type('G', (_tuplegetter,), {}))
Point.x.__doc__ = 'changed'
print(Point.x.__doc__, _tuplegetter(0, None))

counts = {}
_count_elements(counts, 'abracadabra')
print(sorted(counts.items()))
counts = {'a': 10}
_count_elements(counts, iter('aab'))
print(sorted(counts.items()))


class Tally(dict):
    pass


t = Tally()
_count_elements(t, [1, 2, 1, 1])
print(sorted(t.items()), type(t).__name__)


class Odd(dict):
    def get(self, key, default=None):
        return 100

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


o = Odd()
_count_elements(o, 'aa')
print(o)


class Plain:
    def __init__(self):
        self.seen = []

    def get(self, key, default):
        return len(self.seen)

    def __setitem__(self, key, value):
        self.seen.append((key, value))


pl = Plain()
_count_elements(pl, 'xyz')
print(pl.seen)
show('not iterable', lambda: _count_elements({}, 1))
show('no get', lambda: _count_elements(1, 'a'))
show('iter first', lambda: _count_elements(1, 1))
show('args', lambda: _count_elements({}, 1, 2))
show('unhashable', lambda: _count_elements({}, [[1]]))
