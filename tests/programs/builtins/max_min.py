print(max(1, 2, 3), min(1, 2, 3), max([3, 1]), min('bca'), max('a', 'b', key=str.upper))
print(max([], default='empty'), min([], default=None), max([1, 2], default=9))
print(max([(1, 'b'), (1, 'a')]), max([1, 3, 2], key=lambda v: -v), min(['aa', 'b'], key=len))
print(max([1, 1.0]), max([1.0, 1]), min(2, 2.0))
for call in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: max(1, 2, default=0)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
