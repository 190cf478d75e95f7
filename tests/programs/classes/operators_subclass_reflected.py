class Base:
    def __mul__(self, o):
        return 'Base.mul'
    def __rmul__(self, o):
        return 'Base.rmul'
class Sub(Base):
    def __rmul__(self, o):
        return 'Sub.rmul'
class Sub2(Base):
    pass
print(Base() * Sub())
print(Sub() * Base())
print(Base() * Sub2())
class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.radd'
    def __add__(self, o):
        return 'MyInt.add'
print(1 + MyInt(2), MyInt(2) + 1)
print(type(MyInt(2) * 3).__name__)
