class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A): pass
c = C()
print(c.f())
C.__bases__ = (B,)
print(c.f(), [k.__name__ for k in C.__mro__])
class X: pass
x = X()
x.__class__ = C
print(x.f(), type(x).__name__)
try:
    x.__class__ = int
except TypeError as e:
    print(e)
