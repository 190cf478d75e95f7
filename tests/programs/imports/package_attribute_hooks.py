# Attributes packages rely on: function/method __call__, type.__prepare__, enum members with __call__,
# PEP 562 module __getattr__ (from-import and concurrent.futures' lazy executors), ModuleType
# subclasses and __class__ assignment, bound methods reading their function's attributes.
def f(): pass
print(hasattr(f, "__call__"), hasattr(len, "__call__"), hasattr(f, "__get__"), callable(f))
print(hasattr(type, "__prepare__"), type.__prepare__("X", ()), type(type.__dict__.get("__prepare__")).__name__)
class Meta(type): pass
print(Meta.__prepare__("X", (), a=1))
import enum
class P(enum.Enum):
    a = enum.auto()
    def __call__(self, x): return ("called", self.name, x)
print(P.a(3))
from concurrent.futures import ThreadPoolExecutor
print(ThreadPoolExecutor.__name__)
import types
m = types.ModuleType("m")
m.__getattr__ = lambda name: "lazy " + name
import sys
from types import ModuleType
mod = types.ModuleType("lazymod")
def _ga(name):
    if name == "answer":
        return 42
    raise AttributeError(f"module 'lazymod' has no attribute {name!r}")
mod.__getattr__ = _ga
sys.modules["lazymod"] = mod
from lazymod import answer
print(answer, mod.answer, getattr(mod, "nope", "dflt"), hasattr(mod, "nope"))
try:
    from lazymod import nope
except ImportError as e:
    print("ImportError", e)
try:
    mod.nope
except AttributeError as e:
    print("AttributeError", e)
class M(ModuleType):
    X = 1
    def __getattr__(self, name):
        raise AttributeError(name)
m = M('py.error')
print(m.__name__, m.__dict__, m.X)
m.y = 3
print(m.y, type(m).__name__, repr(m))
class N(ModuleType):
    pass
n = N('n', 'doc')
print(n.__name__, n.__doc__)
import sys
from types import ModuleType
class L(ModuleType):
    def __getattr__(self, name):
        return "lazy " + name
mod = ModuleType("plain")
mod.__class__ = L
print(type(mod).__name__, mod.other, mod.__name__, isinstance(mod, ModuleType))
mod.__class__ = ModuleType
print(type(mod).__name__)
try:
    mod.__class__ = int
except TypeError as e:
    print(e)
print(hasattr(m, "__dict__"))
def f(self): pass
f.cache_clear = lambda: "cleared"
f.extra = 5
class C:
    g = f
m = C().g
print(m.cache_clear(), m.extra, m.__name__, m.__qualname__, m.__doc__, m.__module__)
try:
    m.missing
except AttributeError as e:
    print(e)
try:
    m.extra = 3
except AttributeError as e:
    print(e)
print(hasattr(m, '__wrapped__'), m.__func__ is f)
m.__func__.marker = "on the function"
print(sorted(m.__dict__), m.marker)
