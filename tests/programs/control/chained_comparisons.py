def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 != 2 != 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 1 < x in [5], None is None is None)
print('a' < 'b' <= 'b' < 'c', [1] < [2] > [0])
