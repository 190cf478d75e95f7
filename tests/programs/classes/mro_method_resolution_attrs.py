class A:
    x = 'A'
class B(A):
    pass
class C(A):
    x = 'C'
class D(B, C):
    pass
print(D.x, D().x)
del C.x
print(D.x)
A.x = 'A2'
print(D.x)
B.x = 'B'
print(D.x)
