def f():
    x = 1
    y = x + 1
    print(x, y)
    return locals()
d = f()
print(sorted(d.items()))
x = 'global'
def g():
    x = 'local'
    return x
print(g(), x)
