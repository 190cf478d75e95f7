# itertools.count, cycle and repeat: values, reprs (also of subclasses), length hints and errors.
from itertools import count, cycle, repeat, islice


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def take(n, it):
    return list(islice(it, n))


print(take(3, count()), take(3, count(5)), take(3, count(5, 2)), take(3, count(1, -1.5)), take(3, count(0.1, 0.1)))
print(take(3, count(2 ** 63 - 2)), take(2, count(1j, 1j)), take(3, count(True)), take(2, count(10, True)))
for c in [count(), count(5), count(5, 2), count(5, 1.0), count(5.0), count(1.5, 0.5), count(2 ** 70), count(3, -1),
          count(True), count(1, True), count(1.5, True), count(2 ** 70, 1)]:
    print(repr(c), c.__reduce__()[1])
c = count(5)
next(c)
print(c, c.__reduce__()[1])
c = count(2 ** 63 - 1)
next(c)
print(c, c.__reduce__()[1], next(c))
c = count(-1)
print(next(c), next(c), c)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __float__(self):
        return self.cents / 100

    def __repr__(self):
        return 'Money(%d)' % self.cents


print(take(3, count(Money(5), Money(10))), count(Money(1), Money(2)))
show('count str', lambda: count('a'))
show('count step str', lambda: count(1, 'a'))
show('count three', lambda: count(1, 2, 3))
show('count keyword', lambda: count(x=1))
print(count(start=3, step=-1), count(step=2))

print('--- cycle')
c = cycle('abc')
print(take(7, c), take(3, cycle([])), take(5, cycle(iter([1, 2]))))
show('cycle none', lambda: cycle())
show('cycle int', lambda: cycle(1))
show('cycle two', lambda: cycle([1], 2))
show('cycle keyword', lambda: cycle(iterable=[1]))

print('--- repeat')
print(list(repeat('a', 3)), take(4, repeat(None)), list(repeat(1, -3)), list(repeat(1, 0)), list(repeat(object=2, times=2)))
r = repeat(7, 2)
print(r, r.__length_hint__(), next(r), r, r.__length_hint__(), next(r), r, list(r))
print(repeat(1), repeat([1]), repeat(1, 3).__reduce__(), repeat(1).__reduce__(), repeat(1, -3).__reduce__())
show('repeat hint endless', lambda: repeat(1).__length_hint__())
show('repeat str', lambda: repeat(1, 'a'))
show('repeat none', lambda: repeat())
show('repeat three', lambda: repeat(1, 2, 3))
show('repeat huge', lambda: repeat(1, 2 ** 70))
show('repeat None times', lambda: repeat(1, None))

print('--- subclasses')


class C(count):
    pass


class R(repeat):
    def __next__(self):
        return 'own'


class Cy(cycle):
    pass


print(C(3), C(3, 2), C(3).__reduce__()[0].__name__, take(2, C(10)), R(1, 2), take(2, R('x')), take(4, Cy('ab')))
print(isinstance(C(), count), type(iter(C())).__name__, iter(R(1)) is not None)
print(count.__doc__.splitlines()[0], repeat.__doc__.splitlines()[0], cycle.__doc__, sep='\n')
