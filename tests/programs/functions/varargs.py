def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
print(g(*range(5)))
def h(*args, sep='-'):
    return sep.join(map(str, args))
print(h(1, 2, 3), h(1, 2, sep='+'))
