class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
a = Adder(10)
print(a(5), a(5, scale=2), callable(a))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    five = 5
    five()
except TypeError as e:
    print(e)
class ClsCall:
    def __call__(self): return 'instance call'
print(ClsCall()())
