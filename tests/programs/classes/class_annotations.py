# __annotations__ of class bodies: created at the start, filled by annotated names.


class A:
    print('at start:', __annotations__)
    x: int
    y: 'str' = 'why'
    __private: float
    z = 3
    print('in body:', __annotations__)


print(A.__annotations__, A.y, hasattr(A, 'x'), A.z)
print('__annotations__' in A.__dict__)


class NoAnnotations:
    z = 1


print('__annotations__' in NoAnnotations.__dict__)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


# Annotations inside compound statements count; inside nested functions they do not.
class B:
    for i in range(3):
        if i == 2:
            late: list
    while False:
        never: int
    try:
        raise ValueError
    except ValueError:
        handled: bool = True
    with Ctx():
        inside: dict

    def method(self):
        local: int = 5
        return local


print(B.__annotations__, B().method())


class OnlyInFunction:
    def f(self):
        x: int


print('__annotations__' in OnlyInFunction.__dict__)


# The value is stored before the annotation is evaluated; a failing annotation leaves the value.
class C:
    try:
        v: undefined_name = 10
    except NameError as e:
        print('NameError:', e)
    print('v =', v)


print(C.__annotations__)


# An existing __annotations__ is kept and extended; a reassigned one is used by name.
class D:
    __annotations__ = {'pre': 0}
    a: int
    __annotations__ = {}
    b: str


print(D.__annotations__)


class E:
    __annotations__ = 5
    try:
        a: int
    except TypeError as e:
        print('TypeError:', e)


# Complex targets evaluate their parts but store no annotation.
class Obj:
    pass


o = Obj()
items = [0, 1, 2]


class F:
    o.attr: int = 1
    items[0]: str = 'zero'
    (paren): float = 1.5
    o.other: int
    items[1:2]: list
    try:
        undefined_obj.attr: int
    except NameError as e:
        print('NameError:', e)
    try:
        items[undefined_index]: int
    except NameError as e:
        print('NameError:', e)
    try:
        (p2): undefined_annotation
    except NameError as e:
        print('NameError:', e)


print(F.__annotations__, o.attr, items, F.paren, hasattr(o, 'other'))


# Private names are mangled in the annotations dict, as in the class dict.
class G:
    __secret: int = 1
    __dunder__: int = 2


print(G.__annotations__, sorted(k for k in G.__dict__ if 'secret' in k or 'dunder' in k))


# Annotations are evaluated in the class namespace.
class H:
    T = list
    items: T
    nested: dict[str, T]


print(H.__annotations__)


# A decorated class and a subclass.
def deco(cls):
    cls.extra = sorted(cls.__annotations__)
    return cls


@deco
class I:
    b: int
    a: str


class J(I):
    c: float


print(I.extra, J.__annotations__, I.__annotations__)


# del __annotations__: later annotations fall back to the module's.
class K:
    a: int
    del __annotations__
    try:
        b: int
    except NameError as e:
        print('NameError:', e)


print('__annotations__' in K.__dict__)
