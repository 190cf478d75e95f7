# random.Random instances and subclasses, and SystemRandom (whose values are random: only their
# kinds and ranges are printed).
import random


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


r = random.Random(2024)
s = random.Random(2024)
print(type(r).__mro__, r.VERSION)
print([r.random() for _ in range(3)] == [s.random() for _ in range(3)])
print(r.randint(1, 10), r.choice("xyz"), r.sample(range(20), 4), r.gauss(1, 1))
print(random.Random("seed").random(), random.Random(b"seed").random(), random.Random(7.25).random())
state = r.getstate()
r2 = random.Random()
r2.setstate(state)
print(r2.random() == r.random())
r.seed(5)
print(r.random() == random.Random(5).random())


class Fixed(random.Random):
    """Overrides random() only: _randbelow uses getrandbits, which is the Mersenne Twister's."""

    def random(self):
        return 0.5


f = Fixed(3)
print(f.random(), f.uniform(0, 10), f.randrange(100) == random.Random(3).randrange(100), f.choice("abc"))


class OwnBits(random.Random):
    """Always the largest value below 2**(k-1): below every n that _randbelow asks for."""

    def getrandbits(self, k):
        return (1 << (k - 1)) - 1 if k else 0


o = OwnBits(1)
print(o.randrange(10), o.randint(0, 7), o.choice("abcdefgh"), o.random() == random.Random(1).random())


class NoBits(random.Random):
    def random(self):
        return 0.75

    def _randbelow(self, n):
        return n - 1


print(NoBits().randrange(10), NoBits().choice("abcd"), NoBits().shuffle.__name__)


class Counting(random.Random):
    def seed(self, a=None, version=2):
        self.seeded = a
        super().seed(a, version)


c = Counting(11)
print(c.seeded, c.random() == random.Random(11).random())

sr = random.SystemRandom()
print(type(sr).__mro__[1].__name__, isinstance(sr, random.Random))
v = sr.random()
print(type(v).__name__, 0.0 <= v < 1.0, 0 <= sr.getrandbits(16) < 2 ** 16, len(sr.randbytes(9)))
print(sr.randint(1, 6) in range(1, 7), sr.choice("ab") in "ab", sorted(sr.sample(range(5), 5)))
print(sr.seed(1), sr.seed())
attempt("SystemRandom getstate", lambda: sr.getstate())
attempt("SystemRandom setstate", lambda: sr.setstate(()))
attempt("getrandbits negative", lambda: sr.getrandbits(-1))
print(random.Random.__init__.__qualname__, random.Random.random.__qualname__, random.Random.seed.__qualname__)
