print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(r, r[0], r[-1], r[1:3], r[::-1], len(r), 9 in r, 10 in r, r.index(13), r.count(5))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), hash(range(0)) == hash(range(3, 3)))
print(r.start, r.stop, r.step, reversed(r).__class__.__name__, list(reversed(r)))
big = range(2**64, 2**64 + 10, 3)
print(len(big), big[2], 2**64 + 3 in big)
for call in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[10], lambda: r.index(2), lambda: range()):
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
