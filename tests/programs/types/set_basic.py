s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s), len(s), 3 in s, 2 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {3} < b, a >= {1}, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
c = set(a)
c |= {9}
c &= {1, 9, 3}
c -= {3}
c ^= {5}
print(sorted(c), c.issubset(range(10)), c.issuperset([1]))
print(s.pop() in {1, 3, 4}, len(s))
for f in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
