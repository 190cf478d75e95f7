class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__')
        return 'A.radd'
class B:
    def __add__(self, o):
        print('B.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('B.__radd__')
        return 'B.radd'
print(A() + B())
print(B() + A())
print(1 + A())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(e)
try:
    N() + 1
except TypeError as e:
    print(e)
