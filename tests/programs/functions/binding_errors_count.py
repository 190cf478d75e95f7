def show(fn, *a, **k):
    try:
        fn(*a, **k)
        print('ok')
    except TypeError as e:
        print(e)
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def fd(a, b=1): pass
def fv(a, *args): pass
show(f0, 1)
show(f0, 1, 2)
show(f1)
show(f1, 1, 2)
show(f2)
show(f2, 1)
show(f2, 1, 2, 3)
show(fd)
show(fd, 1, 2, 3)
show(fv)
class C:
    def m(self, x): pass
show(C().m)
show(C().m, 1, 2)
show(C.m)
show(lambda: 0, 1)
