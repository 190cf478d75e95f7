class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.y)
except AttributeError as e:
    print(e)
p.y = 2
print(p.y, hasattr(p, '__dict__'))
del p.y
print(hasattr(p, 'y'))
print(type(P.x).__name__)
class Q(P):
    pass
q = Q(1)
q.z = 5
print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1)
r.w = 2
print(r.x, r.w)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
