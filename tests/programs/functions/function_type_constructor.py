"""types.FunctionType(code, globals, name, argdefs, closure): construction and CPython's argument errors."""
def f(a, b=2): return a + b
FunctionType = type(f)
g = FunctionType(f.__code__, {'x': 1})
print(g(1, 2), g.__name__, g.__defaults__, g.__globals__)
h = FunctionType(f.__code__, globals(), 'hh', (5, 6)); print(h(), h.__name__, h.__qualname__)
for args in [('x', {}), (f.__code__, 1), (f.__code__, {}, 1), (f.__code__, {}, None, 1), (f.__code__, {}, None, None, 1)]:
    try: FunctionType(*args)
    except Exception as e: print(type(e).__name__, e)
def outer():
    y = 1
    def inner(): return y
    return inner
i = outer()
try: FunctionType(i.__code__, {})
except Exception as e: print(type(e).__name__, e)
print(FunctionType(i.__code__, {}, None, None, i.__closure__)())
try: FunctionType(i.__code__, {}, None, None, (1,))
except Exception as e: print(type(e).__name__, e)
try: FunctionType(f.__code__, {}, None, None, i.__closure__)
except Exception as e: print(type(e).__name__, e)
print(FunctionType(code=f.__code__, globals={})(1, 1))
try:
    class W(f): pass
except TypeError as e:
    print(e)
k = FunctionType(compile("z = 42", "s", "exec"), {}); print(k(), k.__globals__['z'], k.__name__)
