def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=0))
print(f(1, c=10, d=4, e=None, b=9))
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
