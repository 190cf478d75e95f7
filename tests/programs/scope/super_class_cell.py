class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
    def cls(self):
        return __class__.__name__
print(B().who(), B().cls())
class C(B):
    def who(self):
        return 'C>' + super().who()
print(C().who(), C().cls())
def outside(self):
    try:
        return super().who()
    except RuntimeError as e:
        return 'RuntimeError: ' + str(e)
print(outside(B()))
