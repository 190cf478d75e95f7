def f():
    import sys
    return sys.maxsize > 0
print(f())
try:
    sys
except NameError as e:
    print(e)
def g():
    from sys import getrecursionlimit as limit
    return limit() > 0
print(g())
class C:
    import sys as m
print(C.m.__name__)
