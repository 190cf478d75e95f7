# abc with the _abc accelerator: abstract methods, instantiation errors, register,
# __subclasshook__, the caches and their invalidation.
import abc
import _abc
from abc import ABC, ABCMeta, abstractmethod

print(abc.ABCMeta.__module__, abc.get_cache_token is _abc.get_cache_token)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return 'shape with area %s' % self.area()


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


class Square(Half):
    def perimeter(self):
        return 4


print(Square().describe(), Square.__abstractmethods__, isinstance(Square(), Shape), issubclass(Square, Shape))


class Props(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Props.__abstractmethods__))


# register: virtual subclasses, and the cache token that changes with each registration.
class Sized(ABC):
    pass


class Mine:
    pass


token = abc.get_cache_token()
print(isinstance(Mine(), Sized), issubclass(Mine, Sized))
print(Sized.register(Mine) is Mine, abc.get_cache_token() > token)
print(isinstance(Mine(), Sized), issubclass(Mine, Sized))


class SubMine(Mine):
    pass


print(issubclass(SubMine, Sized), isinstance(SubMine(), Sized))
print(Sized.register(Mine) is Mine)


@Sized.register
class Decorated:
    pass


print(issubclass(Decorated, Sized), Decorated.__name__)
for bad in (1, Mine()):
    try:
        Sized.register(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    Mine.register
except AttributeError as e:
    print('AttributeError:', e)


class Base(ABC):
    pass


class Derived(Base):
    pass


try:
    Derived.register(Base)
except RuntimeError as e:
    print('RuntimeError:', e)
print(Base.register(Base) is Base)
try:
    issubclass(1, Sized)
except TypeError as e:
    print('TypeError:', e)


# __subclasshook__ decides first; its answers are cached.
calls = []


class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class WithLen:
    def __len__(self):
        return 0


class NoLen:
    pass


print(issubclass(WithLen, HasLen), issubclass(WithLen, HasLen), isinstance([], HasLen), isinstance(1, HasLen))
print(issubclass(NoLen, HasLen), issubclass(NoLen, HasLen), calls)


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError:', e)

# The negative cache is dropped when anything is registered anywhere.
calls.clear()
print(issubclass(NoLen, HasLen), calls)
Sized.register(NoLen)
print(issubclass(NoLen, HasLen), calls)

# Subclasses of an ABC count, and a class registered with a subclass too.
class Animal(ABC):
    pass


class Dog(Animal):
    pass


class Robot:
    pass


Dog.register(Robot)
print(issubclass(Robot, Dog), issubclass(Robot, Animal), isinstance(Robot(), Animal))

# __instancecheck__ uses __class__ as well as the type.
class Pretender:
    @property
    def __class__(self):
        return Dog


print(isinstance(Pretender(), Animal), isinstance(Pretender(), Dog), type(Pretender()).__name__)


# update_abstractmethods and the dump.
class Later(ABC):
    pass


Later.later = abstractmethod(lambda self: None)
print(Later.__abstractmethods__, abc.update_abstractmethods(Later) is Later, sorted(Later.__abstractmethods__))
registry, cache, negative, version = _abc._get_dump(Sized)
print(sorted(c().__name__ for c in registry), type(cache).__name__, type(version).__name__)
Sized._abc_registry_clear()
Sized._abc_caches_clear()
print(issubclass(Mine, Sized), len(_abc._get_dump(Sized)[0]))


class Meta(ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self):
        ...


print(type(WithMeta).__name__, WithMeta.__abstractmethods__)
try:
    WithMeta()
except TypeError as e:
    print('TypeError:', e)
print(type(WithMeta._abc_impl).__name__)
for bad in [lambda: _abc._abc_init(1), lambda: _abc._abc_register(Sized, 1), lambda: _abc._get_dump(int),
            lambda: _abc._abc_subclasscheck(int, int)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
