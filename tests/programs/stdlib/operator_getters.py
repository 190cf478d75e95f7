# operator.itemgetter, attrgetter and methodcaller (from _operator): calls, reprs, pickling
# support and errors.
from _operator import itemgetter, attrgetter, methodcaller


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)))
print(itemgetter(1)('abc'), itemgetter(-1, 0)([1, 2, 3]), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, None))('abc'))
g = itemgetter(1, 'a')
print(g, g.__reduce__(), itemgetter(1).__reduce__(), type(g).__name__, type(g).__module__)
loop = [1]
lg = itemgetter(loop)
loop.append(lg)
print(lg)


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age


people = [Person('Ada', 'Lovelace', 36), Person('Alan', 'Turing', 41)]
print([attrgetter('name.first')(p) for p in people], attrgetter('age', 'name.last')(people[0]))
print(attrgetter('__class__.__name__')(1), attrgetter('real', 'imag')(3 + 4j))
a = attrgetter('a.b', 'c')
print(a, a.__reduce__(), attrgetter('a.'), attrgetter('x'))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('upper')('q'), methodcaller('count', 'a')('banana'))
m = methodcaller('split', ',')
print(m, m.__reduce__(), methodcaller('strip').__reduce__(), methodcaller('m', 1, x='y'))
print(methodcaller('f', [1], k={'a': 2}))

print('--- errors')
show('itemgetter none', lambda: itemgetter())
show('itemgetter kw', lambda: itemgetter(a=1))
show('call none', lambda: itemgetter(1)())
show('call two', lambda: itemgetter(1)([1], 2))
show('call kw', lambda: itemgetter(1)(x=2))
show('missing item', lambda: itemgetter(5)([1]))
show('attrgetter none', lambda: attrgetter())
show('attrgetter int', lambda: attrgetter(1))
show('attrgetter kw', lambda: attrgetter('a', x=1))
show('missing attr', lambda: attrgetter('xx')(3))
show('missing dotted', lambda: attrgetter('real.xx')(3))
show('trailing dot', lambda: attrgetter('a.')(1))
show('attr call two', lambda: attrgetter('a')(1, 2))
show('methodcaller none', lambda: methodcaller())
show('methodcaller int', lambda: methodcaller(1))
show('methodcaller kw name', lambda: methodcaller(name='split'))
show('methodcaller call none', lambda: methodcaller('a')())
show('methodcaller call kw', lambda: methodcaller('a')(1, x=1))
show('missing method', lambda: methodcaller('m')(1))
show('method raises', lambda: methodcaller('index', 'z')('abc'))
for t in (itemgetter, attrgetter, methodcaller):
    show('subclass ' + t.__name__, lambda: type('X', (t,), {}))
show('setattr', lambda: setattr(itemgetter(1), 'x', 1))
print(itemgetter.__doc__.splitlines()[0], attrgetter.__doc__.splitlines()[0], methodcaller.__doc__.splitlines()[0], sep=' | ')
