def f():
    a = 1
    l = locals()
    b = 2
    print(sorted(l))
    print(sorted(locals()))
    l['a'] = 100
    return a
print(f())
def g(x, *args, **kw):
    return sorted(locals())
print(g(1, 2, z=3))
class C:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
print(C.names)
