x = 'global'
class C:
    x = 'class'
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def f():
    x = 'enclosing'
    class D:
        print(x)
        x = 'D'
        print(x)
    return D.x
print(f())
def g():
    v = 'free'
    class E:
        w = v
    return E.w
print(g())
