class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et and issubclass(et, self.types):
            print('suppressing', et.__name__, ev)
            return True
        return None
for exc in (KeyError('a'), ValueError('b')):
    try:
        with Suppress(KeyError):
            raise exc
        print('after with, suppressed')
    except ValueError as e:
        print('escaped', e)
class ExitRaises:
    def __enter__(self): pass
    def __exit__(self, *a): raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except TypeError as e:
    print(e, repr(e.__context__))
