g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ['aa', 'b', 'ccc']))
print(list((i, j) for i in range(3) for j in range(i)))
try:
    (1 / x for x in [1, 0])
    print('lazy: no error yet')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(e)
try:
    (x for x in 5)
except TypeError as e:
    print('eager first iter:', e)
data = [1, 2, 3]
g = (x for x in data)
data.append(4)
print(list(g))
