class C:
    n = 'C'
    @classmethod
    def make(cls, *a):
        return cls.n, a
    @staticmethod
    def util(x):
        return x * 2
class D(C):
    n = 'D'
print(C.make(1), D.make(2), D().make(3))
print(C.util(4), C().util(5))
print(type(C.__dict__['make']).__name__, type(C.__dict__['util']).__name__)
print(C.__dict__['util'].__func__(6))
sm = staticmethod(len)
print(sm.__func__ is len)
print(callable(C.__dict__['util']))
