class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        'celsius'
        return self._c
    @c.setter
    def c(self, v):
        print('set', v)
        self._c = v
    @c.deleter
    def c(self):
        print('deleted')
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
del t.c
print(Temp.c.__doc__, type(Temp.c).__name__)
try:
    t.f = 1
except AttributeError as e:
    print(e)
try:
    del t.f
except AttributeError as e:
    print(e)
