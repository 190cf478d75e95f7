class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def m(v):
    match v:
        case P3(x, y, z=0):
            return f'flat P3 {x} {y}'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'some point'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case [Point(x=a), Point(x=b)]:
            return f'two points {a} {b}'
        case _:
            return 'unknown'
for v in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), P3(1, 2, 0), P3(1, 2, 3), 7, 2.5, 'hi', [Point(1, 0), Point(2, 0)], None]:
    print(m(v))
