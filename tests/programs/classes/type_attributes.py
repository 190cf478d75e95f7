class A:
    'doc A'
class B(A): pass
print(A.__doc__, B.__doc__, B.__base__.__name__, A.__base__)
print(type.__name__, type(A) is type, isinstance(A, type), isinstance(type, type))
print(B.__mro__ == (B, A, object))
A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__)
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
print(int.__name__, int.__qualname__, int.__module__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
