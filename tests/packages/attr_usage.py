import attr
import attrs


@attr.s(auto_attribs=True, frozen=True)
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@attrs.define
class Inventory:
    name: str
    items: list = attrs.field(factory=list)
    count: int = attrs.field(default=0, validator=attrs.validators.ge(0))

    @count.validator
    def _check(self, attribute, value):
        if value > 100:
            raise ValueError("too many")


@attr.s
class Legacy:
    a = attr.ib()
    b = attr.ib(converter=int, default="5")
    c = attr.ib(repr=False, default=None)


p = Point(1, -2)
print(p, p.norm1(), p == Point(1, -2), p != Point(2), hash(p) == hash(Point(1, -2)))
print(attr.asdict(p), attr.astuple(p), attr.evolve(p, y=5))
try:
    p.x = 3
except attr.exceptions.FrozenInstanceError as e:
    print("frozen:", type(e).__name__)
inv = Inventory("shop")
inv.items.append("apple")
print(inv, attrs.asdict(inv))
try:
    Inventory("bad", count=-1)
except ValueError as e:
    print("validator:", e.args[0])
try:
    Inventory("bad", count=101)
except ValueError as e:
    print("validator:", e)
print(Legacy(1), Legacy(1, "7").b, sorted([Legacy(2), Legacy(1)], key=lambda o: o.a))
print([a.name for a in attr.fields(Legacy)], attr.has(Legacy), attr.has(int))
print(Point(1) < Point(2), sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
print(attrs.fields_dict(Inventory)["count"].default)
