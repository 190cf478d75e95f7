# _weakref.proxy stands for its referent: attributes, operators on either side, items,
# iteration, calls (CallableProxyType), and ReferenceError once the referent is gone.
import _weakref
import gc


class C:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def __repr__(self):
        return 'C(%r)' % self.v


o = C(3)
p = _weakref.proxy(o)
print(type(p).__name__, p.v, p.double(), str(p), p.__class__.__name__, isinstance(p, C))
print(repr(p).startswith('<weakproxy at 0x'), ' to C at 0x' in repr(p))
p.v = 10
print(o.v, p.v, getattr(p, 'v'), hasattr(p, 'v'), hasattr(p, 'nope'), getattr(p, 'nope', 'default'))
del p.v
print(hasattr(o, 'v'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(p == o, p != o, _weakref.proxy(o) is p, callable(p))


class L(list):
    pass


items = L([1, 2, 3])
pl = _weakref.proxy(items)
print(len(pl), pl[0], pl[-1], 2 in pl, list(pl), pl + [4], [0] + pl, pl * 2, 2 * pl, bool(pl))
print(list(reversed(pl)), sorted(pl, reverse=True), pl.index(2), pl.count(3))
pl[0] = 9
del pl[1]
pl += [7]
print(items, pl == [9, 3, 7], pl < [10], pl >= [9])


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return ('add', other)

    def __radd__(self, other):
        return ('radd', other)

    def __iadd__(self, other):
        return ('iadd', other)

    def __sub__(self, other):
        return ('sub', other)

    def __rmul__(self, other):
        return ('rmul', other)

    def __pow__(self, other, mod=None):
        return ('pow', other, mod)

    def __lt__(self, other):
        return 'lt'

    def __index__(self):
        return 3

    def __int__(self):
        return 4

    def __float__(self):
        return 4.5

    def __neg__(self):
        return 'neg'

    def __abs__(self):
        return 'abs'

    def __invert__(self):
        return 'invert'

    def __bool__(self):
        return False

    def __len__(self):
        return 7

    def __call__(self, *args, **kwargs):
        return ('called', args, kwargs)

    def __iter__(self):
        return iter([1, 2])

    def __getitem__(self, key):
        return ('item', key)

    def __contains__(self, item):
        return item == 'x'

    def __str__(self):
        return 'N-str'


n = N(1)
pn = _weakref.proxy(n)
print(type(pn).__name__, callable(pn))
print(pn + 1, 1 + pn, pn - 1, 3 * pn, pn ** 2, pow(pn, 2, 5), pn < 1)
print([0, 1, 2, 3, 4][pn], int(pn), float(pn), -pn, abs(pn), ~pn, bool(pn), len(pn))
print(pn(1, k=2), list(pn), pn['key'], 'x' in pn, 'y' in pn, str(pn), f'{pn}')
q = pn
q += 5
print(q)
print(pn == n, pn != n, n == pn)

seq = L([1])
ps = _weakref.proxy(seq)
try:
    next(ps)
except TypeError as e:
    print('TypeError:', e)

del n
gc.collect()
for action in (lambda: pn.v, lambda: pn + 1, lambda: 1 + pn, lambda: str(pn), lambda: pn(), lambda: len(pn),
               lambda: pn[0], lambda: bool(pn)):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError:', e)
print(repr(pn).startswith('<weakproxy at 0x'), ' to NoneType at 0x' in repr(pn))

# A proxy's callback receives the proxy.
got = []
o2 = C(4)
pc = _weakref.proxy(o2, lambda w: got.append(type(w).__name__))
basic = _weakref.proxy(o2)
print(pc is not basic, _weakref.getweakrefcount(o2), _weakref.getweakrefs(o2) == [basic, pc])
del o2
gc.collect()
print(got)
