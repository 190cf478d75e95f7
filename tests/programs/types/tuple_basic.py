t = (1, 'a', [2], (3,))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index('a'), 1 in t, t + (5,), t * 2, ())
t[2].append(99)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), () == (), (1,) == [1], tuple([1, 2]) == (1, 2))
print(type(()).__name__, (1) == 1, (1,) != 1, hash((1, 'a')) == hash((1, 'a')))
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
