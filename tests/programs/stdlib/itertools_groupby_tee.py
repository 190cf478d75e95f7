# groupby with its _grouper objects, and tee with _tee and _tee_dataobject.
import itertools
from itertools import groupby, tee, islice, count


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print([(k, list(g)) for k, g in groupby('aabbbcdda')], [k for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, ''.join(g)) for k, g in groupby('AaBbbC', key=str.lower)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
g = groupby('aab')
k, first = next(g)
print(k, next(first), type(first).__name__)
k2, second = next(g)
print(k2, list(first), list(second))
g = groupby('aaab')
k, gr = next(g)
print(next(gr), list(itertools._grouper(g, 'a')), list(gr))
show('groupby none', lambda: groupby())
show('groupby int', lambda: groupby(1))
show('groupby key raises', lambda: list(groupby([1, 0], key=lambda x: 1 / x)))
show('grouper int', lambda: itertools._grouper(1, 2))
show('grouper one', lambda: itertools._grouper(1))
show('grouper subclass', lambda: type('X', (itertools._grouper,), {}))


class G(groupby):
    pass


print([(k, list(v)) for k, v in G('xxy')], type(G('a')).__name__)

print('--- tee')
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), type(a).__name__, tee([1], 0), len(tee('ab', 5)))
it = iter(range(1, 11))
a, b = tee(it)
print([next(a) for _ in range(3)], next(it), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z))
a, b = tee(iter('abcdef'))
c, d = tee(a)
print(c is a, type(d).__name__, next(a), list(c), list(d), list(b))
cp = b.__copy__()
print(list(cp), list(tee(range(200))[1])[-1], list(itertools._tee([1, 2])), list(itertools._tee(a)))
long_a, long_b = tee(range(1000))
print(sum(long_a), sum(islice(long_b, 500)), sum(long_b))


class Copyable:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def __copy__(self):
        return 'copied'


res = tee(Copyable(), 3)
print(type(res[0]).__name__, res[1:])


def reentrant():
    yield 1
    yield next(tt)


tt, uu = tee(reentrant())
show('re-enter', lambda: list(tt))
show('tee negative', lambda: tee([1], -1))
show('tee str', lambda: tee([1], 'a'))
show('tee huge', lambda: tee([1], 2 ** 70))
show('tee keyword', lambda: tee([1], n=2))
show('tee none', lambda: tee())
show('tee int', lambda: tee(1))
show('_tee none', lambda: itertools._tee())
show('_tee two', lambda: itertools._tee(1, 2))
show('_tee subclass', lambda: type('X', (itertools._tee,), {}))
print(itertools._tee.__doc__, itertools.tee.__doc__, sep=' | ')
