log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
v(f)(v(1), *v([2]), k=v(3), **v({'m': 4}))
print([x.__name__ if callable(x) else x for x in log])
log.clear()
d = {}
d[v('key')] = v('value')
print(log)
log.clear()
v(1) + v(2) * v(3)
print(log)
