# Set displays of constants are folded by CPython's compiler into frozenset constants; the order
# a program sees is theirs. Strings hash with SipHash-1-3 under PYTHONHASHSEED (0 here).
words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'kiwi', 'lemon', 'mango']
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'})
print({'apple', 'banana'}, {'kiwi', 'lemon', 'mango'}, {'x', 1, 2.5, (1, 'y'), b'z'})
print(set(words), frozenset(words), {*words}, {w for w in words})
for w in {'grape', 'kiwi', 'lemon', 'mango', 'apple'}:
    print(w, end=' ')
print()
print([w for w in {'grape', 'kiwi', 'lemon'}], list({'a', 'b', 'c', 'd'}))
def f():
    return {'one', 'two', 'three', 'four'}
print(f(), f() == {'four', 'three', 'two', 'one'})
s = set()
for w in words:
    s.add(w)
s.discard('fig')
s |= {'zucchini', 'yam', 'xigua'}
print(s, s & {'apple', 'kiwi', 'nope'}, s - set(words), sorted(s ^ set(words)))
print(hash('apple'), hash(b'apple'), hash(''), hash('é'), hash('€uro'), hash('😀x'), hash(('a', 'b', 1.5)))
print(hash(1.7976931348623157e+308), hash(-1e300), hash(2.5e-300), hash(float('inf')), hash(0.1))
