class C:
    def m(self, x=1):
        return (type(self).__name__, x)
c = C()
bm = c.m
print(bm(), bm(2))
print(bm.__self__ is c, bm.__func__ is C.m)
print(C.m(c, 3))
print(type(bm).__name__)
print(bm == c.m, bm is c.m)
f = C.__dict__['m']
print(f.__get__(c)(5))
print(f.__get__(None, C) is f)
