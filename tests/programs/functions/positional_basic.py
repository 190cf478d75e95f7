def f(a, b, c):
    return a, b, c
print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(*[1, 2], 3))
print(f(*(1,), **{'b': 2, 'c': 3}))
print(f(c=3, b=2, a=1))
