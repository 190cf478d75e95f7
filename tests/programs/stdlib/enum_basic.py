# enum: Enum, IntEnum, StrEnum, Flag and IntFlag members, lookup by value and name, auto,
# aliases, unique, iteration, the functional API, methods and properties on members,
# _missing_, pickling by name, and the errors.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import pickle


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(list(Color), len(Color), list(Color.__members__), Color.RED in Color, 1 in [m.value for m in Color])
print(Color.RED.describe(), Color.BLUE.lower, Color.default(), type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), str(Color.GREEN), format(Color.GREEN), f'{Color.GREEN}')
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True), Color.RED.__class__.__mro__)
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: Color.PINK, lambda: setattr(Color, 'RED', 5), lambda: Color.RED < Color.BLUE,
            lambda: delattr(Color, 'RED'), lambda: setattr(Color.RED, 'value', 3), lambda: Color('1')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Priority(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(Priority.LOW, repr(Priority.HIGH), Priority.MID + 1, Priority.LOW < Priority.HIGH, sorted([Priority.HIGH, Priority.LOW]), Priority(2), int(Priority.HIGH))
print(f'{Priority.MID}', str(Priority.MID), Priority.MID == 2, [1, 2, 3][Priority.LOW], format(Priority.HIGH, '>5'))


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('read'), Mode.READ.upper(), '-'.join(Mode), f'{Mode.WRITE}')


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), Perm(0), repr(Perm(0)), list(rw), Perm.RWX, list(Perm), len(Perm))
print(~Perm.R, rw & Perm.W, rw ^ Perm.R, Perm(6), Perm.RWX.value, Perm['W'])


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    CREAT = 64
    TRUNC = 512


f = Open.WRONLY | Open.CREAT
print(f, repr(f), int(f), f | 2, repr(f | 2), Open(65), f & Open.CREAT, Open.WRONLY + 1, repr(Open(0)))


@unique
class Unique(Enum):
    A = 1
    B = 2


try:
    @unique
    class NotUnique(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__)
Shape = Enum('Shape', [('SQUARE', 's'), ('CIRCLE', 'c')])
print(Shape('c'), Shape.SQUARE.value)
Num = IntEnum('Num', {'ONE': 1, 'TWO': 2})
print(Num.TWO, Num.TWO * 3)


class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MARS.gravity)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status('ACTIVE'), end=' ')
try:
    Status(5)
except ValueError as e:
    print('ValueError', e)


class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    FIRST = auto()
    SECOND = auto()


print(list(Auto), Auto.SECOND.value)
print(pickle.loads(pickle.dumps(Color.BLUE)) is Color.BLUE, pickle.loads(pickle.dumps(rw)) == rw)
try:
    class Extended(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class BadName(Enum):
        _sunder_ = 1
except ValueError as e:
    print('ValueError', e)


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Color.RED), dir(Color.RED)[:6], enum.EnumMeta is enum.EnumType)
print(Color.__members__['CRIMSON'], Perm.__members__.keys(), Color._value2member_map_.keys(), Color._member_names_)
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
