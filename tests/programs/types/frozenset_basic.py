f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {2, 9}))
print(f == {1, 2, 3}, frozenset() == set(), hash(f) == hash(frozenset([3, 2, 1])), {f: 'key'}[frozenset([1, 2, 3])])
print(f.copy() is f, frozenset(f) is f, repr(frozenset([5])), frozenset())
try:
    f.add(4)
except AttributeError as e:
    print(e)
s = {frozenset([1]), frozenset([1])}
print(len(s))
