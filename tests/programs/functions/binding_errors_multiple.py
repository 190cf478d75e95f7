def show(fn, *a, **k):
    try:
        fn(*a, **k)
        print('ok')
    except TypeError as e:
        print(e)
def f(a, b, c): pass
show(f)
show(f, 1)
def g(*, a, b, c): pass
show(g)
show(g, a=1)
def h(a, b, *, c, d): pass
show(h, 1, 2)
show(h, 1, c=1)
def dup(**kw): return kw
for kw in ({'a': 2}, {'b': 3}):
    try:
        dup(a=1, **kw)
        print('ok', sorted(dup(a=1, **kw)))
    except TypeError as e:
        print(e)
try:
    dup(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
def star(*a): return a
try:
    star(*1)
except TypeError as e:
    print(e)
try:
    dup(**[1])
except TypeError as e:
    print(e)
