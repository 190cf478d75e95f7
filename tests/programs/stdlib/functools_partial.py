# functools.partial (through _functools): argument merging, flattening of nested partials,
# attributes, repr, pickling support, subclasses and errors.
from _functools import partial


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def f(*args, **kwargs):
    return args, kwargs


p = partial(f, 1, 2, a='x')
print(p(3), p(3, a='y', b='z'), p())
print(p.func is f, p.args, p.keywords, p.__dict__)
print(partial(f)(1, k=2), partial(partial(f, 1), 2)(3), partial(partial(f, a=1), b=2)(c=3))
q = partial(partial(f, 1, k=1), 2, k=2)
print(q.args, q.keywords, q.func is f)
p.keywords['extra'] = 'live'
print(p())
p.attr = 'value'
print(p.attr, p.__dict__, partial(p, 9).args)
print(repr(partial(len, 1, 2, a='1')), repr(partial(max)), repr(partial(max, key=abs)))
r = partial(len)
r.__setstate__((r, (), {}, None))
print(repr(r))

print('--- pickling support')
pk = partial(max, 1, 2, key=abs)
red = pk.__reduce__()
print(red[0].__name__, red[1], red[2])
pk.note = 1
print(pk.__reduce__()[2][3])
n = partial(print)
n.__setstate__((min, (1,), None, None))
print(n.func, n.args, n.keywords, n.__dict__, n(5))
n.__setstate__((min, (7,), {'key': abs}, {'d': 1}))
print(n(-8), n.d, n.keywords)


class T(tuple):
    pass


n.__setstate__((min, T((3,)), None, None))
print(type(n.args).__name__, n.args)
for bad in [1, (1, 2, 3), [min, (), {}, None], (1, (), {}, None), (min, [], {}, None), (min, (), [], None)]:
    show('setstate ' + repr(bad), lambda: n.__setstate__(bad))

print('--- not a method')


class A:
    m = partial(f, 'bound?')


print(A().m(), A.m())
print(hasattr(partial, '__get__'))

print('--- subclasses')


class P(partial):
    pass


sp = P(f, 1)
print(repr(P(max, 1)), sp(2), P(P(f, 1), 2).args, partial(P(f, 1), 2).args, P(partial(f, 1), 2).args)
print(type(P(f)).__name__, sp.__reduce__()[0].__name__, isinstance(sp, partial))


class Calling(partial):
    def __call__(self, *args):
        return 'own call', args


c = Calling(f, 1)
print(c(2), partial(c, 3).args, partial(c, 3)())
print(partial[int], P[int])

print('--- errors')
show('no args', lambda: partial())
show('no args subclass', lambda: P())
show('not callable', lambda: partial(1))
show('func keyword', lambda: partial(func=print))
show('set func', lambda: setattr(p, 'func', len))
show('set args', lambda: setattr(p, 'args', ()))
show('set keywords', lambda: setattr(p, 'keywords', {}))
show('call error', lambda: partial(len, a=1)(b=2))
show('too many', lambda: partial(len, 1)(2))
print(partial.__doc__)
print(partial.__module__, partial.__name__, partial.__qualname__)
