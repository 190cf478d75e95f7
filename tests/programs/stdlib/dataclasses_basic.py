# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, ordering,
# frozen instances, __post_init__, InitVar, field options, inheritance, slots, kw_only,
# asdict/astuple/replace/fields/make_dataclass, and the errors.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.dist2(), p == Point(3, 4), p != Point(0), Point(1), repr(Point(y=2, x=1)))
print(Point.__init__.__qualname__, Point.__match_args__, Point.__dataclass_params__.eq)
print(Point.__hash__, Point.__doc__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)


vs = [Version(1, 2), Version(1, 0, 'rc'), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(1, 0, 'a') == Version(1, 0, 'b'), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    del vs[0].minor
except AttributeError as e:
    print(type(e).__name__, e)
print(Version(1) < Version(2), end=' ')
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', init=False)
    total: ClassVar[int] = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.count *= scale
        Inventory.total += 1


a = Inventory('a')
b = Inventory('b', ['x'], 2, 10)
a.items.append('y')
print(a, b, b.count, b.secret, Inventory.total, a.items is not Inventory('c').items)
print([f.name for f in dataclasses.fields(Inventory)], dataclasses.fields(b)[1].default_factory)
print(dataclasses.asdict(b), dataclasses.astuple(b))
print(dataclasses.replace(b, name='z', scale=1), dataclasses.is_dataclass(b), dataclasses.is_dataclass(Inventory), dataclasses.is_dataclass(1))


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), Derived(5, 6, 7), [f.name for f in dataclasses.fields(Derived)], isinstance(Derived(), Base))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError', e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(Options(level=3), Mixed(1, c=5), Mixed.__match_args__)
try:
    Options(True)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict


n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(dataclasses.asdict(n), dataclasses.astuple(n))
print(dataclasses.asdict(n, dict_factory=lambda kv: sorted(kv)))
C = dataclasses.make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))], namespace={'double': lambda self: self.a * 2})
c = C(4, 5)
print(c, c.double(), C.__name__)


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashable:
    v: int
    w: list = field(default=None, hash=False)


print(hash(Hashable(1)) == hash(Hashable(1, [1])))


@dataclass
class Match:
    x: int
    y: int


match Match(1, 2):
    case Match(1, y):
        print('matched y', y)

for bad in ['field(default=1, default_factory=list)', 'make_dataclass("E", [("a", list, field(default=[]))])']:
    try:
        eval(bad, vars(dataclasses))
    except Exception as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: dataclasses.fields(5), lambda: dataclasses.asdict(Point),
            lambda: dataclasses.replace(a, secret='x'), lambda: dataclasses.replace(Point, x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(dataclasses.MISSING).__name__, repr(dataclasses.field()).startswith('Field(name=None,type=None,default=<dataclasses._MISSING_TYPE'))
