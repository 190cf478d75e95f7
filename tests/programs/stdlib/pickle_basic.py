import collections
import io
import pickle
import pickletools


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class Custom:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (Custom, (self.value * 2,))


class WithState:
    def __init__(self):
        self.secret = "s"
        self.cache = "drop"

    def __getstate__(self):
        return {"secret": self.secret}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


Pair = collections.namedtuple("Pair", "left right")

values = [None, True, False, 0, 1, -1, 255, 256, 65536, 2 ** 31, -2 ** 31, 2 ** 64, -2 ** 100, 1.5, -0.0,
          float("inf"), 1e300, "", "text", "ünïcödé \U0001f600", b"", b"bytes\x00\xff", bytearray(b"ba"),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {"a": 1, 2: "b"}, set(), {1, 2, 3},
          frozenset({"x"}), complex(1, 2), range(1, 10, 2), slice(1, 5, None), Ellipsis, NotImplemented,
          Point(1, 2), Pair(1, "r"), collections.OrderedDict(a=1), collections.deque([1, 2], maxlen=5),
          collections.Counter("aab"), collections.defaultdict(int, {"k": 3}), len, Point, type(None)]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    ok = []
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        ok.append(back == v or (v != v))
    print(proto, all(ok), [i for i, good in enumerate(ok) if not good])

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps([1, "a", (None, True)], protocol=2))
print(pickle.dumps({"k": [1.5, b"x"]}, protocol=4))
print(pickle.dumps(Point(1, 2), protocol=0))
print(pickle.dumps(Pair(1, 2), protocol=3))

shared = [1, 2]
obj = [shared, shared]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1])
rec = []
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[0] is back)
d = {}
d["self"] = d
print(pickle.loads(pickle.dumps(d))["self"].keys())

s = pickle.loads(pickle.dumps(Slotted()))
print(s.a, s.b)
print(pickle.loads(pickle.dumps(Custom(5))).value)
w = pickle.loads(pickle.dumps(WithState()))
print(w.secret, w.cache)

buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=3)
p.dump("first")
p.dump([2])
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())

ops = io.StringIO()
pickletools.dis(pickle.dumps([1, "two", (3.0,)], protocol=2), out=ops)
print(ops.getvalue())
word = "a"
print(pickletools.optimize(pickle.dumps((word, word), protocol=2)))


class Persist(pickle.Pickler):
    def persistent_id(self, obj):
        return "ext:" + obj if isinstance(obj, str) and obj.startswith("@") else None


class Resolve(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid.upper()


buf = io.BytesIO()
Persist(buf, protocol=2).dump(["@ref", "plain"])
buf.seek(0)
print(Resolve(buf).load())

for bad in [lambda: pickle.dumps(1, protocol=99), lambda: pickle.loads(b"cnosuchmodule\nthing\n.")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: pickle.loads(b""), lambda: pickle.loads(b"\x80\x02]q\x00(K\x01")]:
    try:
        bad()
    except EOFError as e:
        print("EOFError")
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
