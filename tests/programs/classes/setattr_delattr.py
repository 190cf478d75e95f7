class Audit:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
a = Audit()
a.x = 5
print(a.x)
setattr(a, 'y', 'str')
print(a.y)
del a.x
delattr(a, 'y')
try:
    del a.nothing
except AttributeError as e:
    print(e)
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError(f'{type(self).__name__} is frozen')
try:
    Frozen().z = 1
except AttributeError as e:
    print(e)
