# copy.copy and copy.deepcopy on built-in containers, shared and cyclic references, classes
# with __copy__/__deepcopy__/__reduce_ex__/__getstate__, slots, and the errors.
import copy
import collections


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'])
a[1].append(99)
print(b, c)

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for v in [None, 1, 2.5, 'x', b'y', frozenset({1}), range(3), len, int, True, 1j]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
print(copy.copy({1, 2}), copy.copy(bytearray(b'ab')), copy.deepcopy({'a': {1, 2}}))

shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc, repr(dc))
d = {}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, y[0] is y[1])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.y is p.y, p3.y is p.y, type(p3).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


cu = Custom([1])
print(copy.copy(cu).v, copy.deepcopy(cu).v)


class WithState:
    def __init__(self):
        self.a = 1
        self.secret = 'x'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['secret']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.secret = 'restored'


w = copy.copy(WithState())
print(w.a, w.secret)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s = copy.deepcopy(Slotted())
print(s.a, hasattr(s, 'b'))


class Reducer:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reducer, (self.n * 10,))


print(copy.copy(Reducer(2)).n)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 'x'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
od = collections.OrderedDict(a=1, b=[2])
print(copy.deepcopy(od), copy.copy(collections.Counter('aab')))
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2.maxlen, dq2[1] is dq[1])
dfd = collections.defaultdict(list, {'a': [1]})
print(copy.deepcopy(dfd))
NT = collections.namedtuple('NT', 'x y')
print(copy.copy(NT(1, 2)), copy.deepcopy(NT([1], 2)))
print(copy.replace if hasattr(copy, 'replace') else 'no replace')


def f():
    pass


print(copy.deepcopy(f) is f, copy.copy(Point) is Point)
import threading
show('copy lock', lambda: copy.copy(threading.Lock()))
show('deepcopy generator', lambda: copy.deepcopy(x for x in []))
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
