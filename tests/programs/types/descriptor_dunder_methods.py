# classmethod, staticmethod, property and getset descriptors show __get__ (and the data ones __set__/__delete__):
# enum and inspect tell descriptors from plain values by them.
def f(): pass
for o in [classmethod(f), staticmethod(f), property(f), f]:
    print(type(o).__name__, hasattr(o, '__get__'), hasattr(o, '__set__'), hasattr(o, '__delete__'))
class C:
    @property
    def p(self): return 5
    x = 1
c = C()
print(C.__dict__['p'].__get__(c), C.__dict__['p'].__get__(None, C) is C.__dict__['p'])
try: C.__dict__['p'].__set__(c, 1)
except AttributeError as e: print(e)
print(staticmethod(len).__get__(None, C), classmethod(len).__get__(C()).__self__)
try: classmethod(len).__get__(None, None)
except TypeError as e: print(e)
import inspect
print(inspect.isdatadescriptor(C.__dict__['p']), inspect.ismethoddescriptor(classmethod(len)))
gs = type(lambda: 0).__dict__['__name__']
print(gs.__get__(lambda: 0), type(gs).__name__)
try:
    gs.__get__(len)
except TypeError as e:
    print(e)
class cprop(property): pass
class D:
    @cprop
    def q(self): return 7
d = D()
print(d.q)
try: d.q = 1
except AttributeError as e: print("AttributeError")
import enum
class P(enum.Enum):
    a = 1
    @classmethod
    def f(cls): return cls.a
    @staticmethod
    def g(): return 2
    @property
    def h(self): return 3
print(P.f(), P.g(), P.a.h, list(P))
d = type.__dict__["__dict__"]
print(d.__name__, d.__qualname__, d.__objclass__, gs.__name__, gs.__qualname__, gs.__objclass__)
import inspect
class K:
    @staticmethod
    def s(): pass
print(inspect.getattr_static(K, "s", None).__class__.__name__, inspect.getattr_static(K(), "missing", "dflt"))
