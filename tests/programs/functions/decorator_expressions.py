ds = [lambda f: (lambda: 'first ' + f())]
@ds[0]
def f():
    return 'f'
print(f())
class NS:
    @staticmethod
    def wrap(fn):
        return lambda: fn().upper()
@NS.wrap
def g():
    return 'g'
print(g())
@(lambda fn: fn)
def h():
    return 'h'
print(h())
