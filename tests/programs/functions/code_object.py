def f(a, b, *c, d, **e):
    x = 1
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0)
def g():
    yield
print(g.__code__.co_flags & 0x20 != 0)
print(f.__code__.co_firstlineno)
print(type(co).__name__)
