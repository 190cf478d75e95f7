# _random.Random, the Mersenne Twister under random.py: seeding, drawing, state, errors, and
# subclasses, as random.Random and SystemRandom use it.
import _random

R = _random.Random


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(R.__doc__, R.__module__, R.__name__, _random.__doc__)
print(R.random.__text_signature__, R.seed.__text_signature__, R.getrandbits.__text_signature__)

for seed in [0, 1, 5, -5, 12345, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 3, -(2 ** 100), 3 ** 200, True, False, 2.5,
             -2.5, 1e300, "abc", b"abc", (1, 2), 0.0]:
    r = R(seed)
    print(repr(seed)[:40], [r.random() for _ in range(3)], r.getrandbits(32), r.getrandbits(1),
          r.getrandbits(64), r.getrandbits(100))

r = R(2024)
print([r.getrandbits(k) for k in range(0, 70)])
print(r.getrandbits(1000) % 10 ** 20, r.getrandbits(32 * 20) % 10 ** 20)

# Draws across the 624-word state boundary, then the state round trip.
r = R(7)
values = [r.random() for _ in range(700)]
print(values[0], values[311], values[312], values[623], values[699])
state = r.getstate()
print(type(state).__name__, len(state), state[:3], state[-1])
after = [r.random() for _ in range(5)]
r.setstate(state)
print(after == [r.random() for _ in range(5)])
other = R()
other.setstate(state)
print(other.getstate() == state, other.random() == after[0])
r.seed(7)
print(r.random() == values[0])
r.seed()
r.seed(None)
print(type(r.random()).__name__, 0.0 <= r.random() < 1.0)
print(R(1).getstate() == R(1).getstate(), R(1).getstate() == R(-1).getstate(), R(1).getstate() == R(2).getstate())
print(R(1).getstate() == R(True).getstate(), R(0).getstate() == R(False).getstate())

attempt("two args", lambda: R(1, 2))
attempt("keyword", lambda: R(x=1))
attempt("list", lambda: R([]))
attempt("seed list", lambda: R().seed([]))
attempt("seed two", lambda: R().seed(1, 2))
attempt("seed keyword", lambda: R().seed(n=1))
attempt("getrandbits -1", lambda: R(1).getrandbits(-1))
attempt("getrandbits float", lambda: R(1).getrandbits(1.0))
attempt("getrandbits str", lambda: R(1).getrandbits("a"))
attempt("getrandbits huge", lambda: R(1).getrandbits(2 ** 40))
attempt("getrandbits keyword", lambda: R(1).getrandbits(k=3))
attempt("getrandbits none", lambda: R(1).getrandbits())
attempt("random arg", lambda: R(1).random(1))
attempt("setstate list", lambda: R(1).setstate([]))
attempt("setstate empty", lambda: R(1).setstate(()))
attempt("setstate ok", lambda: R(1).setstate((1,) * 625))
attempt("setstate index 625", lambda: R(1).setstate((1,) * 624 + (625,)))
attempt("setstate index -1", lambda: R(1).setstate((1,) * 624 + (-1,)))
attempt("setstate index huge", lambda: R(1).setstate((1,) * 624 + (2 ** 64,)))
attempt("setstate index float", lambda: R(1).setstate((1,) * 624 + (1.0,)))
attempt("setstate negative word", lambda: R(1).setstate((-1,) * 625))
attempt("setstate str word", lambda: R(1).setstate(("a",) * 625))
attempt("setstate float word", lambda: R(1).setstate((1.0,) * 625))
attempt("setstate huge word", lambda: R(1).setstate((2 ** 64,) * 625))
attempt("setstate bool words", lambda: R(1).setstate((True,) * 625))
r = R(1)
r.setstate((2 ** 64 - 1,) * 624 + (0,))
print("high words", r.getstate()[:2], r.random())


class Plain(R):
    pass


class OwnInit(R):
    def __init__(self, *args, **kwargs):
        self.args = args


class OwnNew(R):
    def __new__(cls, *args):
        return super().__new__(cls)


class Overrides(R):
    def random(self):
        return 0.25

    def getrandbits(self, k):
        return 1


p = Plain(3)
p.extra = "kept"
print(type(p).__name__, isinstance(p, R), p.random() == R(3).random(), p.extra, repr(p).split(" at ")[0])
attempt("Plain keyword", lambda: Plain(x=1))
attempt("Plain two", lambda: Plain(1, 2))
o = OwnInit(1, 2, k=3)
print(type(o).__name__, o.args, o.random(), o.getrandbits(40), o.getstate()[-1])
attempt("OwnNew two", lambda: OwnNew(1, 2))
print(OwnNew(9).random() == R(9).random())
v = Overrides(1)
print(v.random(), v.getrandbits(99), R.random(v) == R(1).random())
print(R.__new__(R).random(), R.__new__(R, 5).random(), R.__new__(Plain).getstate()[-1])
