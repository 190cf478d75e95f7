x = 10
f = lambda: x
x = 20
print(f())
g = lambda a, b=x: a + b
x = 30
print(g(1))
def outer():
    y = 5
    return lambda z: y + z
print(outer()(3))
h = lambda *a, **k: (a, sorted(k.items()))
print(h(1, 2, c=3))
print((lambda: (yield))().__class__.__name__)
