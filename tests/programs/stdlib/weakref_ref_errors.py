# What can be weakly referenced follows CPython, and the argument errors read as CPython's.
import _weakref
import sys


class C:
    def m(self):
        pass


class Slotted:
    __slots__ = ('a',)


class SlottedWeak:
    __slots__ = ('a', '__weakref__')


class SubOfSlotted(Slotted):
    pass


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class I(int):
    pass


class S(str):
    pass


def gen():
    yield 1


def f():
    pass


ok = [C(), C, f, len, C().m, set(), frozenset(), gen(), sys, f.__code__, type, D(), L(), S('x'),
      SlottedWeak(), SubOfSlotted(), memoryview(b'x')]
for o in ok:
    r = _weakref.ref(o)
    print(type(o).__name__, r() is o)

bad = [1, 2.5, 'text', b'bytes', (), [], {}, None, True, object(), Slotted(), T(), I(3), 1j, range(3),
       slice(1), _weakref.ref(f), NotImplemented, Ellipsis, Exception()]
for o in bad:
    try:
        _weakref.ref(o)
    except TypeError as e:
        print('TypeError:', e)
    try:
        _weakref.proxy(o)
    except TypeError as e:
        print('TypeError:', e)

calls = [
    lambda: _weakref.ref(),
    lambda: _weakref.ref(f, None, 3),
    lambda: _weakref.ref(f, callback=None),
    lambda: _weakref.ref(f)(1),
    lambda: _weakref.ref(f)(a=1),
    lambda: _weakref.ref.__init__(_weakref.ref(f)),
    lambda: _weakref.ref.__init__(_weakref.ref(f), f, None, 1),
    lambda: _weakref.ref.__new__(int, f),
    lambda: _weakref.proxy(),
    lambda: _weakref.proxy(f, None, 1),
    lambda: _weakref.proxy(f, callback=None),
    lambda: _weakref.getweakrefcount(),
    lambda: _weakref.getweakrefs(),
    lambda: _weakref.ProxyType(f),
    lambda: _weakref.CallableProxyType(f),
    lambda: _weakref._remove_dead_weakref(1, 2),
    lambda: _weakref._remove_dead_weakref({'k': 1}, 'k'),
    lambda: _weakref.ref(f).undefined,
]
for call in calls:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

# A callback is not checked when the reference is made.
print(_weakref.ref(f, 1)() is f)
print(_weakref.ref(f).__init__(f, 1))
print(_weakref.getweakrefcount(1), _weakref.getweakrefs('x'))

try:
    class P(_weakref.ProxyType):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    _weakref.ref(f).x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(_weakref.ref.__name__, _weakref.ref.__qualname__, _weakref.ProxyType.__name__,
      _weakref.CallableProxyType.__module__)
print(_weakref.ref[int], _weakref.ref.__class_getitem__(str))
print(_weakref.getweakrefcount.__text_signature__, _weakref.proxy.__text_signature__,
      _weakref._remove_dead_weakref.__text_signature__)
print(_weakref.__doc__, _weakref.proxy.__doc__, sep='\n')
