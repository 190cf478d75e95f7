# atexit: functions run last registered first when the program ends, before the files are
# flushed; what they raise is reported and the exit status stays 0.
import atexit
import sys

def greet(name, punctuation='!'):
    print('goodbye,', name + punctuation)


class Named:
    """A callable whose repr names it (a function's repr would show its address)."""

    def __init__(self, name, exc):
        self.name = name
        self.exc = exc

    def __repr__(self):
        return '<exit function %s>' % self.name

    def __call__(self):
        raise self.exc


fails = Named('fails', ValueError('raised in an exit function'))
exits = Named('exits', SystemExit(5))


def unregistered():
    print('never printed')


print(atexit.register(greet, 'world') is greet)
atexit.register(greet, 'keywords', punctuation='?')
atexit.register(fails)
atexit.register(exits)
atexit.register(unregistered)
atexit.register(unregistered)
atexit.unregister(unregistered)


@atexit.register
def decorated():
    print('decorated runs first')
    sys.stdout.write('no newline at the very end')


for bad in [lambda: atexit.register(), lambda: atexit.register(1), lambda: atexit.unregister(),
            lambda: atexit._ncallbacks(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(atexit.register.__doc__.splitlines()[0])
print('main program ends')
