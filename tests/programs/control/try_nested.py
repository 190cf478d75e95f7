def f():
    try:
        try:
            raise ValueError('inner')
        except KeyError:
            print('wrong handler')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
        try:
            raise TypeError('nested in handler')
        except TypeError as t:
            print('caught', t, 'context:', repr(t.__context__))
    finally:
        print('outer finally')
f()
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as e:
            print('re-raised inside', e)
g()
