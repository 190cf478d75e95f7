class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__)
        return sub is float
class Num(metaclass=Meta): pass
print(isinstance(5, Num), isinstance('a', Num))
print(issubclass(float, Num), issubclass(int, Num))
print(isinstance(Num(), Num))
print(isinstance(5, (str, Num)))
try:
    isinstance(5, 5)
except TypeError as e:
    print(e)
try:
    issubclass(5, int)
except TypeError as e:
    print(e)
