import sys
print(sys.exc_info())
try:
    raise ValueError('a')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    try:
        raise KeyError('b')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    try:
        raise TypeError
    except TypeError:
        return sys.exception()
print(type(f()).__name__, sys.exception())
