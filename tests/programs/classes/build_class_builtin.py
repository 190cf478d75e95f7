# builtins.__build_class__: what every class statement calls.
import builtins

bc = builtins.__build_class__
print(type(bc).__name__, bc.__name__)


def body():
    # An ordinary function as the body: its locals stay its own.
    x = 1
    print('body ran')


C = bc(body, 'C')
print(C.__name__, C.__qualname__, C.__module__, 'x' in C.__dict__)

# Argument errors, in CPython's order: count, func, name.
cases = [
    ((), {}),
    ((body,), {}),
    ((1, 'x'), {}),
    ((len, 'x'), {}),
    ((body, 1), {}),
    ((body, b'x'), {}),
    ((lambda a: None, 'x'), {}),
]
for args, kw in cases:
    try:
        bc(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


D = bc(body, 'D', object, metaclass=Meta, flag=1)
print(D, type(D).__name__, D.__bases__)


# A metaclass that is not a class: called as it is, no metaclass calculation.
def factory(name, bases, ns, **kw):
    print('factory', name, bases, kw)
    return (name, len(bases))


print(bc(body, 'E', int, str, metaclass=factory, k=2))


class F(metaclass=factory, a=1):
    y = 2


print(F)


# PEP 560: __mro_entries__ replaces a base that is not a class.
class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print('mro_entries sees', len(bases), 'bases')
        return (self.target,)


class G(Alias(list), Alias(object)):
    pass


print(G.__bases__, [type(b).__name__ for b in G.__orig_bases__])


class H(list):
    pass


print('__orig_bases__' in H.__dict__)


class BadEntries:
    def __mro_entries__(self, bases):
        return [int]


try:
    class I(BadEntries()):
        pass
except TypeError as e:
    print('TypeError:', e)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class J(Empty()):
    pass


print(J.__bases__, len(J.__orig_bases__))

# Class statement keyword errors.
for src in ['class K(*5): pass', 'class K(**5): pass', 'class K(**{1: 2}): pass',
            'class K(**{"metaclass": type}, metaclass=type): pass',
            'class K(x=1, **{"x": 2}): pass']:
    try:
        exec(src)
    except TypeError as e:
        print('TypeError:', e)


# Bases and keywords from iterables and mappings.
bases = (dict,)
opts = {'metaclass': Meta, 'tag': 'v'}


class L(*bases, **opts):
    pass


print(L.__mro__, type(L).__name__)

# Replacing builtins.__build_class__ changes what class statements do.
seen = []


def tracing(func, name, *bases, **kw):
    seen.append((func.__name__, func.__qualname__, name, bases, kw))
    return bc(func, name, *bases, **kw)


builtins.__build_class__ = tracing


class Outer:
    class Inner(Exception, metaclass=type):
        z = 1


builtins.__build_class__ = bc
for s in seen:
    print(s)
print(Outer.Inner.__qualname__, Outer.Inner.z)

del builtins.__build_class__
try:
    class M:
        pass
except NameError as e:
    print('NameError:', e)
builtins.__build_class__ = bc


# The body runs before the metaclass is called, and sees its namespace.
class Order(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(ns))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)


class N(metaclass=Order, extra=3):
    print('body of N', __name__, __module__, __qualname__)
    """not a docstring"""

print(N.__doc__)


class P:
    """Docstring."""
    print('doc in body:', __doc__)


print(P.__doc__)


# __class__ in methods is the new class, also when a decorator replaces it.
def register(cls):
    return ('registered', cls.__name__)


@register
class Q:
    def who(self):
        return __class__


print(Q)


class R:
    def who(self):
        return __class__

    def sup(self):
        return super().__repr__()[:12]


print(R().who() is R, R().sup())
