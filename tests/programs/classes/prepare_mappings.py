# A metaclass's __prepare__ may return any mapping: the class body's names go through it.


class Log:
    """A mapping that is not a dict: the body reads, writes and deletes through it."""

    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print('  get', key)
        return self.data[key]

    def __setitem__(self, key, value):
        print('  set', key, type(value).__name__)
        self.data[key] = value

    def __delitem__(self, key):
        print('  del', key)
        del self.data[key]


class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Log()

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns.data)


g = 'global'


def outer():
    free = 'free'

    class A(metaclass=LogMeta):
        """doc"""
        x = 1
        y = x + 1
        z = g
        w = free
        del y
        x += 10
        ann: int = 5

        def method(self):
            return 'method'

    return A


A = outer()
print(sorted(k for k in A.__dict__ if not k.startswith('__')), A.x, A.__doc__, A.__annotations__)
print(A().method())


# A dict subclass: its own __setitem__ and __getitem__ are used, not dict's.
class Recorder(dict):
    def __setitem__(self, key, value):
        print('  store', key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print('  load', key)
        return super().__getitem__(key)


class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder(seed=42)


class B(metaclass=RecMeta):
    a = seed
    b = len


print(B.a, B.b is len, type(B.__dict__).__name__, 'seed' in B.__dict__)


# __prepare__ gets the keywords of the class statement, and the name and bases.
class KwMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'prefilled': kw.get('value')}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class C(int, metaclass=KwMeta, value=7):
    doubled = prefilled * 2


print(C.doubled, C.prefilled)


# A mapping whose __getitem__ raises something other than KeyError: the error propagates.
class Strict(dict):
    def __getitem__(self, key):
        raise LookupError('no reads of ' + key)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Strict()


try:
    class D(metaclass=StrictMeta):
        x = 1
        y = x
except LookupError as e:
    print('LookupError:', e)


# __prepare__ that does not return a mapping.
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class E(metaclass=BadMeta):
        pass
except TypeError as e:
    print('TypeError:', e)


class NotAClass:
    def __prepare__(self, name, bases):
        return None

    def __call__(self, name, bases, ns):
        return 'made ' + name


try:
    class F(metaclass=NotAClass()):
        pass
except TypeError as e:
    print('TypeError:', e)


class Fine:
    def __prepare__(self, name, bases):
        return {'given': True}

    def __call__(self, name, bases, ns):
        return sorted(ns)


class G(metaclass=Fine()):
    pass


print(G)


# __prepare__ raising.
class Raising(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise RuntimeError('no namespace for ' + name)


try:
    class H(metaclass=Raising):
        print('never runs')
except RuntimeError as e:
    print('RuntimeError:', e)


# The namespace's __setitem__ raising stops the body.
class ReadOnly(dict):
    def __setitem__(self, key, value):
        if key == 'forbidden':
            raise KeyError(key)
        super().__setitem__(key, value)


class ROMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return ReadOnly()


try:
    class I(metaclass=ROMeta):
        ok = 1
        forbidden = 2
        print('not reached')
except KeyError as e:
    print('KeyError:', e)

# Inherited __prepare__ from a base's metaclass.


class J(B):
    c = 3


print(J.c, type(J).__name__)

# locals() in a class body is the namespace itself.


class K(metaclass=RecMeta):
    v = 1
    print(type(locals()).__name__, locals()['v'])
