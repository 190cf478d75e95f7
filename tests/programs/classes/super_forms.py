class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self): return 'B.f>' + super().f()
    def g(self): return super(B, self).f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
class C(B):
    def f(self): return 'C.f>' + super(B, self).f()
b, c = B(), C()
print(b.f(), b.g(), c.f())
print(B.c(), C.c())
print(super(C, c).f())
s = super(B, b)
print(type(s).__name__, s.f())
print(super(B, B).c())
unbound = super(B)
print(type(unbound).__name__)
try:
    super(B, 1)
except TypeError as e:
    print(e)
