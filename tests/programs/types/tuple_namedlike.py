point = (3, 4)
x, y = point
print(x, y, point == (3, 4), point < (3, 5), max([(1, 'b'), (2, 'a')]), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple(range(3)) + (3,), (1,) * 3, tuple('ab') == ('a', 'b'), len(((),)), ((),) != (), (1, 2)[::-1])
t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
