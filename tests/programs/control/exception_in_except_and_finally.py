def f():
    try:
        raise ValueError('first')
    finally:
        print('in finally')
try:
    f()
except ValueError as e:
    print('got', e)
def g():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    g()
except KeyError as e:
    print('KeyError', e, 'context', repr(e.__context__))
def h():
    try:
        raise ValueError('x')
    except ValueError:
        raise TypeError('y')
try:
    h()
except TypeError as e:
    print(repr(e), repr(e.__context__))
