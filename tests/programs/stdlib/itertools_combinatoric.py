# product, permutations, combinations and combinations_with_replacement: their orders, edge
# cases and argument errors.
from itertools import product, permutations, combinations, combinations_with_replacement, islice


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(list(product('ab', range(2))), list(product('ab', repeat=2)), list(product()), list(product('ab', repeat=0)))
print(list(product('ab', [], 'c')), len(list(product(range(3), repeat=4))), list(product([1, 2], iter('xy'))))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('abc', 4)), list(permutations('ab', 0)))
print(list(permutations('abc', None)), list(permutations('abc', True)), list(permutations([])), len(list(permutations(range(6)))))
print(list(combinations('abcd', 2)), list(combinations('abc', 4)), list(combinations('abc', 0)), list(combinations(range(5), 5)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)),
      list(combinations_with_replacement('abc', 0)), list(combinations_with_replacement('', 0)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(6), 3))))
print(list(islice(permutations(range(20)), 3)), next(combinations(range(10 ** 5), 3)))
print(list(combinations('abc', 1000)), list(permutations('abc', 1000)))

show('product repeat str', lambda: product('a', repeat='x'))
show('product repeat negative', lambda: list(product('ab', repeat=-1)))
show('product two keywords', lambda: product('a', repeat=1, foo=2))
show('product keyword', lambda: product('ab', foo=0))
show('product int', lambda: product(1))
show('permutations r str', lambda: list(permutations('abc', 'a')))
show('permutations r float', lambda: list(permutations('abc', 1.0)))
show('permutations r negative', lambda: list(permutations('abc', -1)))
show('permutations r huge', lambda: list(permutations('abc', 2 ** 70)))
show('permutations none', lambda: permutations())
show('permutations three', lambda: permutations('ab', 2, 3))
show('combinations missing', lambda: combinations('abc'))
show('combinations r str', lambda: list(combinations('abc', 'x')))
show('combinations r negative', lambda: list(combinations('abc', -1)))
show('combinations r huge', lambda: list(combinations('abc', 2 ** 70)))
show('combinations three', lambda: combinations('ab', 2, 3))
show('cwr r negative', lambda: list(combinations_with_replacement('abc', -1)))
show('cwr not iterable', lambda: combinations_with_replacement(1, 2))


class P(product):
    pass


print(list(P('ab', 'c')), type(P()).__name__, P('a').__reduce__()[0].__name__)
print(product.__doc__.splitlines()[0], permutations.__doc__.splitlines()[0], sep='\n')
