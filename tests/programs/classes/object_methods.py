o = object()
print(type(o).__name__, o.__class__ is object)
print(object.__name__, object.__bases__, object.__mro__)
print(sorted(n for n in dir(object) if n in ('__eq__', '__hash__', '__init__', '__new__', '__repr__', '__str__')))
class C: pass
c = C()
print(c.__eq__(c), c.__eq__(1), c.__ne__(1))
print(c.__reduce_ex__ is not None, type(c.__sizeof__()).__name__)
print(C.__subclasses__(), object.__subclasses__ is not None)
class D(C): pass
print(C.__subclasses__()[0].__name__)
