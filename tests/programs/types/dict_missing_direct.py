# __missing__ of a dict subclass answers every way of reading a missing key through dict's
# __getitem__: the subscript, the bound method, dict.__getitem__ on the instance, and map().
class Twice(dict):
    def __missing__(self, key):
        return key * 2


class Strict(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r}")


class Plain(dict):
    pass


d = Twice(a=1)
print(d['a'], d[3], d.__getitem__(4), dict.__getitem__(d, 5), list(map(d.__getitem__, [6, 'a'])))
print(sorted(d.items()))
try:
    Strict().__getitem__('k')
except LookupError as e:
    print(type(e).__name__, e)
for getter in (Plain().__getitem__, lambda k: dict.__getitem__(Plain(), k), {}.__getitem__):
    try:
        getter('gone')
    except KeyError as e:
        print('KeyError', e)
import collections
dd = collections.defaultdict(list)
dd.__getitem__('x').append(1)
print(dict(dd), collections.Counter('abca').__getitem__('z'))
