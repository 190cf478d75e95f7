# The Python-level descriptor methods of the built-in descriptors (property, classmethod,
# staticmethod, getset descriptors): __get__/__set__/__delete__ called directly, as the Lib
# does (enum tells descriptors by them, inspect.getattr_static calls them), their errors,
# property's missing-accessor messages, and property subclasses through setter/deleter.
import inspect

p = property(lambda s: 1)
print(hasattr(p, '__get__'), hasattr(p, '__set__'), hasattr(p, '__delete__'))
print(hasattr(classmethod(len), '__get__'), hasattr(staticmethod(len), '__get__'), hasattr(lambda: 0, '__get__'))
print(property.__get__(p, None, int) is p, p.__get__(5))
for f in (lambda: property().__get__(1), lambda: property.__get__(property(), None, None),
          lambda: staticmethod(len).__get__(None), lambda: classmethod(len).__get__(None, None)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(classmethod(len).__get__(1).__self__, classmethod(len).__get__(None, int).__self__, staticmethod(len).__get__(1))


class C:
    pass


C.p = property()
for f in (lambda: C().p, lambda: setattr(C(), 'p', 1), lambda: delattr(C(), 'p')):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)


class D:
    class E:
        p = property()


for f in (lambda: D.E().p, lambda: setattr(D.E(), 'p', 1)):
    try:
        f()
    except AttributeError as e:
        print('AttributeError', e)


class G:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val

    @v.deleter
    def v(self):
        print('deleting v')


g = G()
G.v.__set__(g, 4)
print(G.v.__get__(g), g.v)
G.v.__delete__(g)


class MyProp(property):
    pass


class F:
    @MyProp
    def x(self):
        "doc of x"
        return 'x-val'

    @x.setter
    def x(self, v):
        print('set', v)


f = F()
print(f.x, type(F.__dict__['x']).__name__, F.x.__doc__)
f.x = 3
f.__dict__['x'] = 'shadow'
print(f.x)

mro = type.__dict__['__mro__']
print(mro.__get__(int), mro.__name__, mro.__qualname__, mro.__objclass__)
for f in (lambda: mro.__get__(5), lambda: mro.__get__(None, None)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
args = BaseException.__dict__['args']
e = ValueError(1, 2)
print(args.__get__(e), args.__get__(None, ValueError) is args)
args.__set__(e, (3,))
print(e.args)


class S:
    @property
    def label(self):
        return 1

    @classmethod
    def make(cls):
        pass

    @staticmethod
    def helper():
        pass


print(inspect.getattr_static(S(), 'label').__class__.__name__, inspect.getattr_static(S, 'make').__class__.__name__,
      inspect.getattr_static(S, 'helper').__class__.__name__)
