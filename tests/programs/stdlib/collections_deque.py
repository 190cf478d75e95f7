# collections.deque (through _collections until collections itself imports here): the
# operations, maxlen, indexing, iteration with mutation detection, comparison, repetition,
# reprs (recursive and of subclasses), pickling support and the error messages.
from _collections import deque


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.reverse()
print(d, d.count('a'), d.index('a'), 'x' in d, 'q' in d)
d.remove('a')
d.insert(1, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d[1] = 'set'
del d[2]
print(d, d.copy(), d.__copy__() == d)
d.clear()
print(d, bool(d), len(d))

print('--- maxlen')
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(20, 25))
print(m)
m.extendleft('abc')
print(m)
show('insert full', lambda: m.insert(0, 'z'))
z = deque(maxlen=0)
z.append(1)
z.extend(range(5))
print(z, deque('abc', None), deque(maxlen=5, iterable='xy'))
m.__init__([1, 2, 3, 4], 2)
print(m)

print('--- rotations of a long deque')
r = deque(range(100))
r.rotate(37)
print(list(r)[:5], r[0], r[99], r[-37])
r.rotate(-137)
print(list(r) == list(range(100)))
r.rotate(10 ** 6 + 3)
print(r[0], r[3])

print('--- operators')
a = deque([1, 2])
print(a + deque([3]), a * 3, 3 * a, a * 0, a * -2)
b = deque([1, 2, 3], 4)
b *= 3
print(b)
c = deque([1, 2])
c += [3, 4]
c += c
print(c)
e = deque([5])
e.extend(e)
e.extendleft(e)
print(e)
print(deque([1, 2, 3]) < deque([1, 2, 4]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 5]))
print(deque([1]) == deque([1]), deque([1]) != deque([1]), deque([1]) == [1], deque() == deque(maxlen=3))
nan = float('nan')
print(deque([nan]) == deque([nan]), deque([float('nan')]) == deque([float('nan')]))

print('--- errors')
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())
show('index range', lambda: deque([1])[5])
show('negative range', lambda: deque([1, 2, 3])[-4])
show('str index', lambda: deque([1])['a'])
show('slice', lambda: deque([1])[1:2])
show('huge index', lambda: deque([1])[2 ** 100])
show('bool index', lambda: deque([1, 2])[True])
show('not in', lambda: deque([1]).index(2))
show('remove missing', lambda: deque([1]).remove(2))
show('index window', lambda: deque([1, 2, 3]).index(3, 0, 2))
show('index bounds', lambda: deque([1, 2, 3]).index(3, -100, 100))
show('index str bound', lambda: deque([1, 2, 3]).index(2, 'a'))
show('rotate str', lambda: deque([1]).rotate('a'))
show('rotate huge', lambda: deque([1]).rotate(2 ** 70))
show('concat list', lambda: deque([1]) + [1])
show('repeat str', lambda: deque([1]) * 'a')
show('repeat float', lambda: deque([1]) * 2.0)
show('compare list', lambda: deque([1]) < [1])
show('hash', lambda: hash(deque()))
show('maxlen neg', lambda: deque(maxlen=-1))
show('maxlen str', lambda: deque(maxlen='a'))
show('maxlen huge', lambda: deque(maxlen=2 ** 70))
show('maxlen float', lambda: deque(maxlen=2.5))
show('too many', lambda: deque([], 1, 2))
show('bad keyword', lambda: deque(x=1))
show('not iterable', lambda: deque(1))
show('unbound', lambda: deque.append())
show('no arg', lambda: deque().append())
show('two args', lambda: deque().append(1, 2))
show('keyword', lambda: deque().append(x=1))
show('insert args', lambda: deque().insert(1))
show('index args', lambda: deque().index())
show('rotate args', lambda: deque().rotate(1, 2))
show('rotate keyword', lambda: deque().rotate(n=1))
show('pop arg', lambda: deque().pop(1))
show('count args', lambda: deque().count())
show('wrong self', lambda: deque.append([], 1))
show('set maxlen', lambda: setattr(deque(), 'maxlen', 3))
show('attribute', lambda: setattr(deque(), 'x', 3))
show('bad new', lambda: deque.__new__(int))

print('--- mutation during iteration')
for op in ['d.append(9)', 'd.pop()', 'd.rotate(0)', 'd.clear()', 'd.remove(2)', 'd.__delitem__(0)',
           'd.insert(0, 1)', 'd.__imul__(2)', 'd.__setitem__(0, 9)', 'd.reverse()', 'd.extend([])',
           'd.count(1)', 'd.copy()', 'd.__imul__(1)']:
    for make in (iter, reversed):
        d = deque([1, 2, 3, 4])
        it = make(d)
        next(it)
        exec(op)
        show(op + ' ' + make.__name__, lambda: list(it))
d = deque([1, 2, 3])
it = iter(d)
d.append(4)
show('first next', lambda: next(it))
show('again', lambda: next(it))
print(it.__length_hint__())


class Mutating:
    def __init__(self, d, how):
        self.d = d
        self.how = how

    def __eq__(self, other):
        self.how(self.d)
        return False


for name in ('index', 'count', 'remove', '__contains__'):
    d = deque([1, 2, 3])
    show(name + ' grows', lambda: getattr(d, name)(Mutating(d, lambda q: q.append(1))))
    d = deque([1, 2, 3])
    show(name + ' clears', lambda: getattr(d, name)(Mutating(d, deque.clear)))


class Raising:
    def __eq__(self, other):
        raise KeyError('eq')


d = deque([1, Raising(), 3])
show('eq raises', lambda: d.remove(3))
print(len(d))

print('--- iterators')
d = deque('abcde')
it = iter(d)
next(it)
print(it.__length_hint__(), type(it).__name__, type(reversed(d)).__name__, list(reversed(d)))
red = it.__reduce__()
print(red[0].__name__, red[1][0] is d, red[1][1])
print(list(type(it)(d, 2)), list(type(reversed(d))(d, 1)), list(type(it)(d, 10)), list(type(it)(d, -5)))
show('iterator no args', lambda: type(it)())
show('iterator list', lambda: type(it)([1]))
show('iterator str index', lambda: type(it)(d, 'a'))

print('--- repr')
r = deque()
r.append(r)
print(r, deque([r]), deque([[1, 2], 'a'], maxlen=5))


class Sub(deque):
    pass


s = Sub([1, 2], 3)
print(s, Sub(), type(s.copy()).__name__, s.copy(), type(s + deque([3])).__name__, s + deque([3]), deque([0]) + s)
print(s * 2, type(s * 2).__name__, 2 * s, type(s.__copy__()).__name__)
s.attr = 'x'
print(s.__reduce__()[:3], Sub([1]).__reduce__()[:3])
red = deque('ab', 3).__reduce__()
print(red[:3], list(red[3]))
print(deque.__reduce__(deque())[:3])
print(deque[int], Sub[str], deque.__name__, deque.__qualname__, deque.__module__, type(iter(deque())).__module__)
print(isinstance(s, deque), issubclass(Sub, deque), s == deque([1, 2]), s.maxlen)


class Initing(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=2)
        self.made = True


i = Initing('abc')
print(i, i.made, i.maxlen)
print(deque.__doc__)
print(deque.append.__doc__, deque.rotate.__doc__, deque.__reversed__.__doc__, sep='\n')
