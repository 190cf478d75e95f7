class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2())
print(sorted(p.__dict__.items()))
p.z = 5
print(sorted(vars(p)))
print(type(p).__name__, type(p) is Point, p.__class__.__name__)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(hasattr(p, 'x'), getattr(p, 'w', 'default'))
del p.x
print(hasattr(p, 'x'))
