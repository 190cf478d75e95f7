# Which reflected method goes first: a subclass overriding it, before built-in mixed arithmetic.
class Base:
    def __mul__(self, o): return 'Base.mul'
    def __rmul__(self, o): return 'Base.rmul'
    def __divmod__(self, o): return 'Base.divmod'
    def __rdivmod__(self, o): return 'Base.rdivmod'
class Sub(Base):
    def __rmul__(self, o): return 'Sub.rmul'
    def __rdivmod__(self, o): return 'Sub.rdivmod'
class Sub2(Base): pass
class Sub3(Sub2):
    __rmul__ = Base.__rmul__
print(Base() * Sub(), Sub() * Base(), Base() * Sub2(), Base() * Sub3(), Sub2() * Sub3())
print(divmod(Base(), Sub()), divmod(Base(), Sub2()))
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
class MyInt2(int):
    def __add__(self, o): return 'MyInt2.add'
print(1 + MyInt(2), MyInt(2) + 1, 1 + MyInt2(2), MyInt2(1) + 1, MyInt(1) + MyInt2(2), MyInt2(1) + MyInt(2))
class A:
    def __add__(self, o): return NotImplemented
class B(A):
    def __radd__(self, o): return 'B.radd'
print(A() + B())
class L(list):
    def __radd__(self, o): return 'L.radd'
print([1] + L(), L() + [1])
class S(str):
    def __rmod__(self, o): return 'S.rmod'
print('%s' % S('x'))
class F(float):
    def __rsub__(self, o): return 'F.rsub'
print(1.0 - F(2), 1 - F(2))
class G(float):
    def __rsub__(self, o): return NotImplemented
try: print(1 - G(2))
except TypeError as e: print(e)
class MI(int):
    def __add__(self, o): return NotImplemented
print(MI(1) + 2, 2 + MI(1))
print(2 ** F(2), 3 % F(2), True & MyInt(3), 5 // MyInt(2))
