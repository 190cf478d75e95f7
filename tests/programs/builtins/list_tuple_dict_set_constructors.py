print(list(), list('ab'), list((1, 2)), list({'a': 1}), list(range(3)), list({3: 0, 1: 0}.values()))
print(tuple(), tuple([1]), tuple('xy'), dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2))
print(sorted(set('hello')), frozenset([1, 2]) == {1, 2}, set(), frozenset())
for call in (lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: list(5), lambda: set([[]]), lambda: dict(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
