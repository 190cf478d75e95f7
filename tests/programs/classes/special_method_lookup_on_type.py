class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print(e)
print(c.__len__())
C.__len__ = lambda self: 7
print(len(c))
c.__repr__ = lambda: 'instance repr'
print(repr(c) == c.__repr__(), c.__repr__())
class D:
    def __add__(self, o): return 'added'
d = D()
d.__add__ = lambda o: 'inst add'
print(d + 1)
