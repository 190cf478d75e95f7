def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=4, b=5))
def g(*args, key, **rest):
    return args, key, rest
print(g(1, 2, key='k', other=0))
print(f.__kwdefaults__)
print(f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
