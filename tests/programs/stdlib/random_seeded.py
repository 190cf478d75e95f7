# Lib/random.py seeded with ints, str, bytes and bytearray: every function gives CPython's values.
import random


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for seed in [0, 1, 42, -42, 12345, 2 ** 64 + 1, 10 ** 50, True, "", "hello", "\u20ac uro", b"", b"bytes!",
             bytearray(b"ba"), 3.5, -0.25]:
    random.seed(seed)
    print(repr(seed))
    print(" ", random.random(), random.random(), random.getrandbits(1), random.getrandbits(31),
          random.getrandbits(64), random.getrandbits(200))
    print(" ", random.randint(1, 6), random.randint(-1000, 1000), random.randint(0, 2 ** 80),
          random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -3), random.randrange(2 ** 70))
    items = list(range(25))
    random.shuffle(items)
    print(" ", items)
    print(" ", random.choice("abcdefghij"), random.choice([None, 1, 2.5]), random.choice(range(1000)))
    print(" ", random.choices("abc", k=6), random.choices(range(10), weights=range(1, 11), k=4),
          random.choices("xyz", cum_weights=[1, 1.5, 4], k=3))
    print(" ", random.sample(range(100), 7), random.sample("abcdef", 3), random.sample(range(10 ** 9), 3),
          random.sample(["a", "b"], counts=[3, 2], k=4))
    print(" ", random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1), random.normalvariate(5, 0.5))
    print(" ", random.uniform(-1, 1), random.triangular(), random.triangular(0, 10, 7), random.betavariate(0.5, 2))
    print(" ", random.expovariate(2), random.gammavariate(0.5, 1), random.gammavariate(3, 2),
          random.lognormvariate(0, 1), random.vonmisesvariate(0, 4), random.paretovariate(3),
          random.weibullvariate(2, 3))
    print(" ", random.randbytes(12))

random.seed("same")
a = [random.random() for _ in range(3)]
random.seed("same", version=2)
print(a == [random.random() for _ in range(3)])
random.seed("old style", version=1)
print(random.random(), random.random())
random.seed(b"old bytes", version=1)
print(random.random())
state = random.getstate()
print(state[0], len(state[1]), state[2])
x = [random.random() for _ in range(5)]
random.setstate(state)
print(x == [random.random() for _ in range(5)])

attempt("seed list", lambda: random.seed([1, 2]))
attempt("seed version 3", lambda: random.seed(1, version=3))
attempt("randrange empty", lambda: random.randrange(5, 5))
attempt("randrange zero step", lambda: random.randrange(0, 10, 0))
attempt("randint reversed", lambda: random.randint(6, 1))
attempt("choice empty", lambda: random.choice([]))
attempt("sample too many", lambda: random.sample(range(3), 4))
attempt("sample negative", lambda: random.sample(range(3), -1))
attempt("sample set", lambda: random.sample({1, 2, 3}, 2))
attempt("choices both weights", lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]))
attempt("choices wrong length", lambda: random.choices("ab", weights=[1]))
attempt("getrandbits negative", lambda: random.getrandbits(-1))
attempt("setstate bad", lambda: random.setstate((9, (), None)))
