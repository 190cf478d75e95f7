class C:
    def get(self): return self._x
    def set(self, v): self._x = v * 2
    x = property(get, set, None, 'the x')
c = C()
c.x = 4
print(c.x, C.x.__doc__)
p = property()
class D:
    y = p
try:
    D().y
except AttributeError as e:
    print(e)
print(C.x.fget is C.get, C.x.fdel)
q = C.x.getter(lambda self: 'new')
print(q.fset is C.set)
