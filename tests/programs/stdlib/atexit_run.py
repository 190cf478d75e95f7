# atexit._run_exitfuncs runs and forgets the functions; _clear forgets them; a function
# registered or unregistered by another while they run; sys.unraisablehook sees the errors.
import atexit
import sys

order = []
atexit.register(order.append, 'first')
atexit.register(order.append, 'second')
atexit._run_exitfuncs()
print(order, atexit._ncallbacks())


def unregisters_the_next():
    order.append('unregisters')
    atexit.unregister(later)


def later():
    order.append('never')


order.clear()
atexit.register(later)
atexit.register(unregisters_the_next)
atexit._run_exitfuncs()
print(order, atexit._ncallbacks())

atexit.register(print, 'cleared')
atexit._clear()
print(atexit._ncallbacks())

seen = []


def hook(unraisable):
    seen.append((unraisable.exc_type.__name__, str(unraisable.exc_value), unraisable.err_msg,
                 unraisable.object.__name__))


def broken():
    raise KeyError('k')


sys.unraisablehook = hook
atexit.register(broken)
atexit._run_exitfuncs()
sys.unraisablehook = sys.__unraisablehook__
print(seen)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        print('callable object called', self.n)


c = Counter()
atexit.register(c)
atexit.register(c)
atexit.register(lambda: print('lambda at exit'))
print(atexit._ncallbacks())
