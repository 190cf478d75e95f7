sq = lambda x: x * x
print(sq(7))
print((lambda *a: sum(a))(1, 2, 3))
print((lambda a, /, b=2, *, c=3: (a, b, c))(1, c=0))
print(list(map(lambda p: p[1], [(1, 'a'), (2, 'b')])))
print(sorted([3, -1, 2], key=lambda v: -v))
nested = lambda x: lambda y: x + y
print(nested(2)(3))
print((lambda: (lambda: 'deep')())())
