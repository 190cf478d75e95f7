class C:
    def m(self): return 'v1'
c = C()
print(c.m())
C.m = lambda self: 'v2'
print(c.m())
c.m = lambda: 'instance'
print(c.m())
del c.m
print(c.m())
def late(self): return 'late'
C.late = late
print(c.late())
class D(C): pass
d = D()
C.m = lambda self: 'v3'
print(d.m())
