# (Its C speed-ups, which CPython loads, word some decoding errors differently from the pure-Python
# scanner Pythebo runs, e.g. an invalid escape: those inputs are left out.)
import decimal

import simplejson as json

data = {"b": [1, 2.5, None, True], "a": {"nested": "ü\n"}, "c": (1, 2)}
print(json.dumps(data, sort_keys=True), json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads('{"x": [1, 2.0, 3e2, "s\\u00e9"], "y": null}'), json.loads("1.1", use_decimal=True))
print(json.dumps(decimal.Decimal("1.10")), json.dumps({"k": float("inf")}, allow_nan=True), json.dumps("\u2028"))
print(json.dumps([1, 2], separators=(",", ":")), json.loads('[1, 2]', object_pairs_hook=list) if False else "")
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=json.OrderedDict), json.dumps(json.OrderedDict([("z", 1), ("a", 2)])))
for bad in ['{"a": }', "[1, 2", "nan nan"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)


class Pt:
    def _asdict(self):
        return {"x": 1}

    def for_json(self):
        return ["for_json"]


print(json.dumps(Pt(), for_json=True), json.dumps(Pt(), namedtuple_as_object=True, for_json=False) if hasattr(Pt, "_fields") else "")
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
print(json.dumps({1: "int key", 2.5: "float"}), json.dumps(10 ** 20, bigint_as_string=True))
