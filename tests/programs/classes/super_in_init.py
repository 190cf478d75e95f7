class Base:
    def __init__(self, **kw):
        self.base_kw = kw
class Mixin:
    def __init__(self, **kw):
        self.mixin = True
        super().__init__(**kw)
class Leaf(Mixin, Base):
    def __init__(self, x, **kw):
        self.x = x
        super().__init__(**kw)
l = Leaf(1, y=2)
print(l.x, l.mixin, l.base_kw)
class Lst(list):
    def append(self, v):
        super().append(v * 10)
q = Lst([1])
q.append(2)
print(q, type(q).__name__, len(q))
