def show(fn, *a, **k):
    try:
        fn(*a, **k)
        print('ok')
    except TypeError as e:
        print(e)
def f(a, b): pass
show(f, 1, 2, c=3)
show(f, 1, a=1)
show(f, 1, 2, a=1)
show(f, b=1)
def k(*, x, y): pass
show(k)
show(k, x=1)
show(k, 1, x=1, y=2)
def p(a, /, b): pass
show(p, a=1, b=2)
def pk(a, b, /, **kw): pass
show(pk, 1, 2, a=3)
def mix(a, b=2, *, c): pass
show(mix, 1, 2, 3)
show(mix, 1, 2, 3, c=1)
show(mix)
def kw_only_defaults(*, a=1): pass
show(kw_only_defaults, 1)
show(f, 1, **{'b': 2, 'x': 3})
try:
    show(f, **{1: 2})
except TypeError as e:
    print('outer', e)
