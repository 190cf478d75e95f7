# Subclasses of _weakref.ref, as weakref.py's KeyedRef and WeakMethod make them: their own
# __new__/__init__, __slots__, and the callback receives the subclass instance.
import _weakref
import gc


class C:
    def method(self):
        return 'method of C'


class KeyedRef(_weakref.ref):
    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


got = []
o = C()
k = KeyedRef(o, lambda w: got.append((type(w).__name__, w.key, w())), 'the key')
print(type(k).__name__, k.key, k() is o, isinstance(k, _weakref.ref), k == _weakref.ref(o))
print(_weakref.ref(o) is not k)
try:
    k.other = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    k.__dict__
except AttributeError as e:
    print('AttributeError:', e)
del o
gc.collect()
print(got, k(), k.key)


class WeakMethodLike(_weakref.ref):
    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        obj = meth.__self__
        func = meth.__func__

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = _weakref.ref.__new__(cls, obj, _cb)
        self._func_ref = _weakref.ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = _weakref.ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


dead = []
o = C()
wm = WeakMethodLike(o.method, lambda w: dead.append(type(w).__name__))
print(wm()(), _weakref.ref(wm)() is wm)
del o
gc.collect()
print(wm(), dead)


class WithDict(_weakref.ref):
    pass


o = C()
w = WithDict(o)
w.note = 'attribute'
print(w.note, w.__dict__, w() is o, type(w).__name__, w is not _weakref.ref(o))
print(_weakref.ref(w)() is w)
print(WithDict.__mro__)


class Counting(_weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return super().__call__()


c = Counting(o)
c()
c()
print(c.calls, c() is o, c.calls)
