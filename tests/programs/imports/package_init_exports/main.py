import shapes
print(shapes.area(shapes.Square(3)), shapes.__all__)
from shapes import *
print(Square(2).side, area(Square(4)))
print(sorted(k for k in vars(shapes) if not k.startswith('_')))
