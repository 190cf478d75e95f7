# collections.defaultdict (through _collections): a dict with __missing__ calling
# default_factory; repr, copy, |, pickling support, subclasses and errors.
from _collections import defaultdict


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


d = defaultdict(list)
d['x'].append(1)
d['x'].append(2)
d['y']
print(d, len(d), d['x'], 'z' in d, d.get('z'), sorted(d))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(list, a=1), defaultdict(list, [(1, 2)]))
print(defaultdict(default_factory=list), isinstance(d, dict), defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1})
print(type(d).__name__, type(d).__module__, defaultdict.__mro__)

d.default_factory = None
show('no factory', lambda: d['missing'])
show('missing call', lambda: d.__missing__('q'))
def made():
    return 'made'


d.default_factory = made
print(d.__missing__('q'), d['r'], sorted(d.items()), d.default_factory.__name__)
del d.default_factory
print(d.default_factory)
d.default_factory = 5
show('factory not callable at use', lambda: d['boom'])

print('--- copies and unions')
e = defaultdict(int, a=1)
c = e.copy()
c['b'] += 1
print(e, c, type(c).__name__, e.__copy__())
print(e | {'w': 1}, {'w': 1} | e, type({'w': 1} | e).__name__)
show('or int', lambda: e | 1)
e |= {'k': 2}
e |= [('z', 26)]
print(e)
r = e.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict(None, a=1).__reduce__()[1])
print(dict.fromkeys('ab'), defaultdict.fromkeys('ab'), defaultdict(int).setdefault('a'))

print('--- recursion in repr')
x = defaultdict(None)
x[1] = x
print(x)
y = defaultdict(list)
y.default_factory = y
print(y)

print('--- subclasses')


class D(defaultdict):
    pass


s = D(int, a=1)
s['b'] += 5
print(s, s.copy(), type(s.copy()).__name__, s | {'c': 2}, {'c': 2} | s, type({'c': 2} | s).__name__)
print(s.__reduce__()[:4], s.default_factory)


class Tracking(defaultdict):
    def __missing__(self, key):
        return 'own ' + str(key)


t = Tracking(list)
print(t['q'], t)


class Setting(defaultdict):
    def __setitem__(self, key, value):
        super().__setitem__(key, [value])


st = Setting(int)
print(st['k'], st)

print('--- errors')
show('bad factory', lambda: defaultdict(1))
show('bad factory obj', lambda: defaultdict(object()))
show('dict args', lambda: defaultdict(int, 1, 2))
show('missing args', lambda: defaultdict(int).__missing__())
show('unhashable', lambda: defaultdict(int)[[]])
show('hash', lambda: hash(defaultdict()))
print(defaultdict[int], defaultdict.__doc__.splitlines()[0])
print(defaultdict.__missing__.__doc__)
