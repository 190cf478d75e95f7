# _weakref.ref: calling, sharing of the basic reference, callbacks after del + gc.collect(),
# hash and equality, __callback__, __weakref__, getweakrefcount/getweakrefs and their order.
import _weakref
import gc


class C:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'C(%r)' % self.v


o = C(1)
r = _weakref.ref(o)
print(r() is o, _weakref.ref(o) is r, _weakref.ref(o, None) is r)
print(type(r).__name__, type(r).__module__, _weakref.ref is _weakref.ReferenceType)
print(_weakref.getweakrefcount(o), _weakref.getweakrefs(o) == [r], o.__weakref__ is r)
print(r.__callback__, callable(r))

log = []
def callback(w):
    log.append(('called', w is r2, w()))
r2 = _weakref.ref(o, callback)
print(r2 is r, r2.__callback__ is callback, _weakref.getweakrefcount(o))
del o
gc.collect()
print(log, r(), r2(), r2.__callback__)

# The order CPython keeps: basic ref, basic proxy, then the others newest first; callbacks
# run in that order.
o = C(2)
order = []
a = _weakref.ref(o, lambda w: order.append('a'))
b = _weakref.ref(o, lambda w: order.append('b'))
basic = _weakref.ref(o)
proxy = _weakref.proxy(o)
c = _weakref.ref(o, lambda w: order.append('c'))
print(_weakref.getweakrefs(o) == [basic, proxy, c, b, a], _weakref.getweakrefcount(o))
print(o.__weakref__ is basic, _weakref.proxy(o) is proxy)
del o
gc.collect()
print(order, _weakref.getweakrefs(basic))

# A dropped weak reference is never called back.
o = C(3)
_weakref.ref(o, lambda w: print('never called'))
del o
gc.collect()
print('no callback for a dropped reference')

# hash: the referent's, remembered after it dies; TypeError when it died unhashed.
class H:
    def __hash__(self):
        return 12345

h = H()
rh = _weakref.ref(h)
print(hash(rh) == 12345)
del h
gc.collect()
print(rh(), hash(rh))
h2 = H()
rh2 = _weakref.ref(h2)
del h2
gc.collect()
try:
    hash(rh2)
except TypeError as e:
    print('TypeError:', e)

# Equality: the referents' while both live, identity once either is dead.
class E:
    def __eq__(self, other):
        return isinstance(other, E)
    __hash__ = object.__hash__

e1, e2 = E(), E()
r1, r2 = _weakref.ref(e1), _weakref.ref(e2)
print(r1 == r2, r1 != r2, r1 == r1)
del e1
gc.collect()
print(r1 == r2, r1 != r2, r1 == r1, r1 == _weakref.ref(e2))
try:
    r1 < r2
except TypeError as e:
    print('TypeError:', e)
print(r1.__eq__(5), r1.__ne__(5))

# repr, with the addresses taken out
def f():
    pass

rf = _weakref.ref(f)
text = repr(rf)
print(text.startswith('<weakref at 0x'), text.endswith(' (f)>'), "; to 'function' at 0x" in text)
obj = C(5)
text = repr(_weakref.ref(obj))
print("; to 'C' at 0x" in text, text.endswith('>'), '(' not in text)
del obj
gc.collect()
print(repr(rh).endswith('; dead>'))
