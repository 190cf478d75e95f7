class A:
    pass
class B:
    def __eq__(self, o): return True
class C:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class D(C):
    def __eq__(self, o): return False
class E:
    __hash__ = None
print(A.__hash__ is object.__hash__)
print(B.__hash__, C().__hash__(), D.__hash__)
for cls in (B, D, E):
    try:
        hash(cls())
    except TypeError as e:
        print(e)
print(hash(C()))
s = {C(), C()}
print(len(s))
class H:
    def __hash__(self): return 2**64 + 5
print(hash(H()))
class HB:
    def __hash__(self): return 'x'
try:
    hash(HB())
except TypeError as e:
    print(e)
