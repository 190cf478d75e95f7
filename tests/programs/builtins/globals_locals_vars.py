x = 1
print('x' in globals(), globals()['x'])
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
class C:
    def __init__(self): self.q = 9
print(vars(C()))
try:
    vars(5)
except TypeError as e:
    print(e)
print(sorted(k for k in vars() if not k.startswith('_')))
