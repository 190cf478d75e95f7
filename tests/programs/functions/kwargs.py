def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1), f(b=2, a=1))
def g(a, **kw):
    return a, kw
print(g(1, b=2, c=3))
print(g(a=1, z=26))
d = {'x': 1, 'y': 2}
print(g(0, **d))
print(g(0, **d, w=3))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
print(order(**{'q': 1}, **{'p': 2}))
