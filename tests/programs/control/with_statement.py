class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, *a):
        print('exit', self.n, a[0].__name__ if a[0] else None)
        return False
with CM(1) as a, CM(2) as b:
    print('body', a.n, b.n)
with (CM(3) as c,
      CM(4)):
    print('parenthesized')
def f():
    with CM(5):
        return 'returned through with'
print(f())
for i in range(2):
    with CM(10 + i):
        if i == 0:
            continue
        break
try:
    with CM(6):
        raise ValueError('x')
except ValueError:
    print('propagated')
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('exit not called')
try:
    with BadEnter():
        print('never')
except RuntimeError as e:
    print(e)
