# A class statement adds __dict__ and __weakref__ descriptors when no base gives them and there
# are no __slots__ (or the slots name them); dir() lists __dict__ only where instances have one.
class A:
    x = 1
print(list(A.__dict__))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'], type(A.__dict__['__dict__']).__name__)
a = A()
a.y = 2
print(a.__dict__, a.__weakref__, vars(a))
a.__dict__ = {'z': 3}
print(a.z, vars(a))
try:
    a.__weakref__ = 1
except AttributeError as e:
    print(e)

class B(A):
    y = 2
print(list(B.__dict__))

class S:
    __slots__ = ('p',)
class SD(S):
    pass
class SDict:
    __slots__ = ('__dict__',)
class SWeak:
    __slots__ = ('__weakref__', 'q')
print(list(S.__dict__))
print(list(SD.__dict__))
print(list(SDict.__dict__))
print(list(SWeak.__dict__))

class E(Exception):
    pass
class M(type):
    pass
print(list(E.__dict__), list(M.__dict__))

for base in [object, int, str, list, tuple, dict, bytes, bytearray, float, complex, set, frozenset, Exception, type]:
    X = type('X', (base,), {})
    print(base.__name__, [k for k in X.__dict__ if k in ('__dict__', '__weakref__')])

class Empty:
    __slots__ = ()
class Mixed(Empty, A):
    pass
print(list(Mixed.__dict__))

print('__dict__' in dir(object()), '__dict__' in dir(S()), '__dict__' in dir(a), '__weakref__' in dir(a))
print('__dict__' in dir(int), '__dict__' in dir(A), '__dict__' in dir(type), '__weakref__' in dir(S()))
print('__dict__' in dir(SD()), '__dict__' in dir(SDict()))
