import pprint
import collections
import dataclasses

data = {"name": "pythebo", "versions": [3.9, 3.10, 3.11], "nested": {"a": list(range(30)),
        "b": {"deep": {"deeper": {"deepest": "x" * 40}}}}, "tuple": (1, 2, 3), "empty": {}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False)
print(pprint.pformat(list(range(40)), width=60))
print(pprint.pformat(list(range(40)), width=60, compact=True))
print(pprint.pformat("a long string " * 10, width=40))
print(pprint.pformat(b"bytes " * 20, width=40))
print(pprint.pformat(set(range(25)), width=40))
print(pprint.pformat(frozenset({3, 1, 2})))
print(pprint.pformat(collections.OrderedDict((str(i), i) for i in range(8)), width=40))
print(pprint.pformat(collections.defaultdict(list, {"k": [1, 2] * 10}), width=40))
print(pprint.pformat(collections.Counter("abracadabra"), width=30))
print(pprint.pformat(collections.deque(range(20), maxlen=25), width=40))
print(pprint.pformat(collections.ChainMap({"a": 1}, {"b": 2 * 10 ** 30}), width=30))


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "a label that is fairly long indeed"


print(pprint.pformat([Point(1, 2), Point(3, 4)], width=50))
print(pprint.pformat({"underscore": 1_000_000}, underscore_numbers=True))

rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split("<")[0], pprint.pformat(rec).split(" with id=")[0])
d = {}
d["self"] = d
print(pprint.pformat(d).split(" with id=")[0])
method = Point(0, 0).__repr__
print(hasattr(method, "__wrapped__"), "__create_fn__" in method.__wrapped__.__qualname__)
print(pprint.isreadable(rec), pprint.isrecursive(rec), pprint.isreadable([1, "a", (2.5,)]))
print(pprint.saferepr({"z": 1, "a": [1, 2]}))
pp = pprint.PrettyPrinter(width=20, indent=4)
pp.pprint(["alpha", "beta", "gamma", "delta"])
print(pp.pformat({"x": 1}), pp.isrecursive(rec), pp.isreadable({}))
pprint.pp({"b": 2, "a": 1})

for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
