def f(*, a=1, b=2):
    return a, b
f.__kwdefaults__ = {'a': 10}
try:
    print(f())
except TypeError as e:
    print(e)
print(f(b=0))
f.__kwdefaults__ = None
try:
    f()
except TypeError as e:
    print(e)
