class C:
    def __call__(self): pass
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(None), callable(lambda: 0), callable(print), callable(int), callable('x'.upper))
