# The itertools that end with their input: accumulate, chain, compress, dropwhile, takewhile,
# filterfalse, islice (and its argument errors), pairwise, starmap, zip_longest.
from itertools import (accumulate, chain, compress, count, dropwhile, filterfalse, islice, pairwise, starmap,
                       takewhile, zip_longest)
import operator


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([3, 1, 4], max)))
print(list(accumulate([1, 2], initial=10)), list(accumulate([], initial=10)), list(accumulate([])), list(accumulate('abc', initial='z')))
print(list(accumulate([1, 2, 3], func=None)), list(accumulate(iter([5]))))
show('accumulate types', lambda: list(accumulate([1, 'a'])))
show('accumulate none', lambda: accumulate())
show('accumulate three', lambda: accumulate([1], None, None))
show('accumulate keyword', lambda: accumulate([1], initial=1, x=2))

print(list(chain([1], (2,), 'ab', range(2))), list(chain()), list(chain.from_iterable(['ab', [1], range(2)])))
print(list(chain.from_iterable(iter([[1], [], [], [2]]))), list(chain.from_iterable([] for _ in range(50000))))
show('chain not iterable', lambda: list(chain(1)))
show('chain later not iterable', lambda: list(chain([1], 2)))
show('chain keyword', lambda: chain(x=1))
show('from_iterable none', lambda: chain.from_iterable())
print(chain[int], type(chain.from_iterable([])).__name__)

print(list(compress('abcdef', [1, 0, 1, 1, 0, 1])), list(compress('abc', [1])), list(compress([1, 2, 3], count())))
print(list(compress(data='ab', selectors=[0, 1])))
show('compress missing', lambda: compress('abc'))

print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [1, 0, 1])))
show('dropwhile one', lambda: dropwhile(len))
show('dropwhile keyword', lambda: dropwhile(len, [], x=1))
show('takewhile raising', lambda: list(takewhile(lambda x: 1 / x, [1, 0])))
t = takewhile(lambda x: x < 2, [1, 2, 1])
print(list(t), list(t))

print(list(filterfalse(None, [0, 1, '', 2, [], 'a'])), list(filterfalse(bool, [0, 1])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: a, ['ab', (1,), []])))
show('starmap item', lambda: list(starmap(pow, [1])))

print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [2, 3], [])))
print(list(zip_longest([1], [2, 3], [], fillvalue=0)), list(zip_longest('a')))
show('zip_longest int', lambda: zip_longest(1))
show('zip_longest keyword', lambda: zip_longest('a', foo=1))
show('zip_longest two keywords', lambda: zip_longest(fillvalue=1, x=2))

print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])), list(islice(pairwise(count()), 3)))
show('pairwise none', lambda: pairwise())

print('--- islice')
s = 'abcdefg'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)), list(islice(s, None)))
print(list(islice(s, None, None, None)), list(islice(s, 1, 100, 3)), list(islice(count(), 5, 20, 5)), list(islice(s, True)))
print(list(islice(s, 10)), list(islice(s, 5, 2)), list(islice(s, 0)), list(islice(s, 2 ** 62)))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(s,), (s, -1), (s, -2), (s, 'a'), (s, 1, 'a'), (s, 'a', 'b'), (s, 1, 2, 0), (s, 1, 2, -1), (s, -1, 2),
             (s, 1.5, 2), (s, 1, 2, 'x'), (s, 1, -2), (s, -5, 2, 0), (s, 1, 2, 2 ** 70), (s, 2 ** 70, 2, 1),
             (s, 2 ** 70), (s, 1.0), (1, 2), (1, -2), (s, 1, 2, 3, 4)]:
    show('islice%r' % (args[1:],), lambda: list(islice(*args)))
show('islice keyword', lambda: islice(s, stop=1))
print(islice.__doc__.splitlines()[0])
