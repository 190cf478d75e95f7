# The pickling protocol of the itertools and deque iterators: __reduce__ results (iterators shown
# by type) and rebuilding an iterator from them mid-way, as pickle would, with __setstate__ and
# its errors.
import itertools
from itertools import *
from _collections import deque


def show(label, f):
    try:
        print(label, '->', describe(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def describe(o):
    if isinstance(o, tuple):
        return '(' + ', '.join(describe(x) for x in o) + (',)' if len(o) == 1 else ')')
    if isinstance(o, list):
        return '[' + ', '.join(describe(x) for x in o) + ']'
    if isinstance(o, type) or type(o).__name__ == 'function':
        return o.__name__
    if hasattr(o, '__next__') or type(o).__name__ == '_tee_dataobject':
        return '<' + type(o).__name__ + '>'
    return repr(o)


def rebuild(it):
    r = it.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new


def check(label, make, steps):
    it = make()
    taken = [next(it) for _ in range(steps)]
    red = it.__reduce__()
    print(label, describe(taken), describe(red))
    print('   rest', describe(list(islice(rebuild(it), 12))), describe(list(islice(it, 12))))


check('count', lambda: count(3, 2), 2)
check('count float', lambda: count(0.5), 1)
check('repeat', lambda: repeat('r', 4), 1)
check('cycle first pass', lambda: cycle('abc'), 1)
check('cycle later pass', lambda: cycle('abc'), 5)
check('accumulate', lambda: accumulate([1, 2, 3, 4]), 2)
check('accumulate initial', lambda: accumulate([1, 2], initial=100), 0)
check('chain', lambda: chain('ab', 'cd', 'e'), 1)
check('chain fresh', lambda: chain('ab', 'cd'), 0)
check('compress', lambda: compress('abcdef', [1, 0, 1, 0, 1, 1]), 1)
check('dropwhile', lambda: dropwhile(lambda x: x < 2, [0, 1, 2, 3]), 1)
check('takewhile', lambda: takewhile(lambda x: x < 3, [0, 1, 2, 3]), 1)
check('filterfalse', lambda: filterfalse(None, [0, 1, 0, 2]), 1)
check('starmap', lambda: starmap(max, [(1, 2), (4, 3)]), 1)
check('zip_longest', lambda: zip_longest('ab', 'xyz', fillvalue='-'), 2)
check('islice', lambda: islice('abcdefgh', 1, 7, 2), 1)
check('islice open', lambda: islice('abcdefgh', 3, None), 1)
check('product', lambda: product('ab', 'xy'), 1)
check('permutations', lambda: permutations('abc', 2), 2)
check('combinations', lambda: combinations('abcd', 2), 2)
check('cwr', lambda: combinations_with_replacement('abc', 2), 2)
check('groupby', lambda: groupby('aabbc'), 1)
check('tee', lambda: tee('abcdef')[0], 2)
check('deque iterator', lambda: iter(deque('abcde')), 2)
check('deque reversed', lambda: reversed(deque('abcde')), 2)

print('--- exhausted')
for it in [islice('ab', 1), product('a'), combinations('a', 1), permutations('a'), chain('a'),
           combinations_with_replacement('a', 1)]:
    list(it)
    show(type(it).__name__, it.__reduce__)
g = groupby('ab')
k, grp = next(g)
next(g)
show('dead grouper', grp.__reduce__)
a, b = tee('ab')
show('tee data', lambda: a.__reduce__()[2][0].__reduce__())
show('pairwise', lambda: pairwise('ab').__reduce__())

print('--- __setstate__')
c = cycle([1, 2])
show('cycle int', lambda: c.__setstate__(1))
show('cycle short', lambda: c.__setstate__(([1],)))
show('cycle tuple', lambda: c.__setstate__(((1,), 1)))
c.__setstate__(([7, 8], 1))
print(list(islice(c, 5)))
ch = chain()
show('chain int', lambda: ch.__setstate__(1))
show('chain not iterator', lambda: ch.__setstate__((1,)))
show('chain empty', lambda: ch.__setstate__(()))
ch.__setstate__((iter([[1, 2]]), iter('ab')))
print(list(ch))
acc = accumulate([1, 2, 3])
acc.__setstate__(10)
print(list(acc))
z = zip_longest('ab', 'c')
z.__setstate__('X')
print(list(z))
d = dropwhile(lambda x: True, [1, 2])
d.__setstate__(True)
t = takewhile(lambda x: True, [1, 2])
t.__setstate__(True)
print(list(d), list(t))
i = islice('abcdef', 1, None)
i.__setstate__(3)
print(list(i))
p = product('ab', 'cd')
show('product short', lambda: p.__setstate__((1,)))
p.__setstate__((1, 5))
print(list(p))
pm = permutations('abc', 2)
show('permutations wrong', lambda: pm.__setstate__(((0, 1, 2), (3, 2, 1))))
pm.__setstate__(((2, 1, 0), (1, 1)))
print(list(pm))
cb = combinations('abcd', 2)
show('combinations short', lambda: cb.__setstate__((1,)))
cb.__setstate__((1, 3))
print(list(cb))
cw = combinations_with_replacement('abc', 2)
cw.__setstate__((1, 2))
print(list(cw))
gb = groupby('aabbc')
show('groupby int', lambda: gb.__setstate__(1))
gb.__setstate__(('a', 'a', 'a'))
print([(k, list(v)) for k, v in gb])
a, b = tee('abc')
data = a.__reduce__()[2][0]
show('tee int', lambda: a.__setstate__(1))
show('tee not data', lambda: a.__setstate__((1, 2)))
show('tee index', lambda: a.__setstate__((data, 100)))
show('tee index str', lambda: a.__setstate__((data, 'x')))
show('tee short', lambda: a.__setstate__((data,)))
show('data too many', lambda: itertools._tee_dataobject(iter([]), [1] * 100, None))
show('data bad next', lambda: itertools._tee_dataobject(iter([]), [1], 5))
show('data none', lambda: itertools._tee_dataobject())
show('data list', lambda: itertools._tee_dataobject(1, 2, 3))
show('data keyword', lambda: itertools._tee_dataobject(iter([]), [], None, x=1))
t2 = itertools._tee([])
t2.__setstate__((itertools._tee_dataobject(iter('xyz'), ['a', 'b'], None), 1))
print(list(t2))
