def init(self, v):
    self.v = v
T = type('T', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'k': 1})
t = T(21)
print(T.__name__, t.double(), T.k, type(t).__name__)
S = type('S', (T,), {})
print(S(2).double(), S.__mro__[1].__name__)
print(type(5).__name__, type(type).__name__)
try:
    type('X', (1,), {})
except TypeError as e:
    print(e)
try:
    type('a', 'b')
except TypeError as e:
    print(e)
