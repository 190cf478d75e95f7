x = 'outer'
lst = [x for x in range(3)]
print(lst, x)
g = (y for y in range(3))
print(list(g))
try:
    y
except NameError as e:
    print(e)
d = {k: k * 2 for k in 'ab'}
print(d)
s = {v % 3 for v in range(10)}
print(sorted(s))
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 2 if i > 3])
