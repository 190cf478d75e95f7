def f(a, b=1, *, c=2):
    """Doc string."""
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
class C:
    def m(self):
        def inner(): pass
        return inner
print(C.m.__qualname__, C().m().__qualname__)
f.custom = 5
print(f.custom, f.__dict__)
def nodoc(): pass
print(nodoc.__doc__)
f.__name__ = 'renamed'
print(f.__name__)
print(callable(f), callable(5))
print((lambda: 0).__name__)
