l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[::3] = [None] * len(l[::3])
print(l)
del l[1::2]
print(l)
l[1:1] = [7, 8, 9]
print(l)
l[:] = 'xyz'
print(l)
l[len(l):] = [1]
print(l)
l[-1:-3:-1] = ['p', 'q']
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
try:
    l[0:1] = 5
except TypeError as e:
    print(e)
m = [1, 2, 3]
m[1:2] = m
print(m)
