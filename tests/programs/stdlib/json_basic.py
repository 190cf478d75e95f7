# json: dumps and loads of every type, formatting options, sorting, custom encoders and hooks,
# non-finite floats, unicode, files, and the decoder's error messages with positions.
import json
import io
import collections


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


data = {'name': 'Widget', 'price': 9.99, 'tags': ['a', 'b'], 'stock': None, 'active': True, 'count': 0,
        'nested': {'x': [1, 2, {'y': False}]}, 'big': 10 ** 30, 'neg': -1.5e-10, 'empty': {}, 'none': []}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps('héllo ☃ \U0001F600 "q" \\ \n\t\x00\x1f\x7f'), json.dumps('héllo ☃', ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps((1, 2)), json.dumps('x'), json.dumps(None))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e300, 1.0, 0.1, -0.0, 1e16, 123456789.123]))
show('allow_nan', lambda: json.dumps(float('nan'), allow_nan=False))
show('bad key', lambda: json.dumps({(1, 2): 3}))
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
show('bad value', lambda: json.dumps({'a': {1, 2}}))
show('bytes', lambda: json.dumps(b'x'))
c = []
c.append(c)
show('circular', lambda: json.dumps(c))
show('sort mixed', lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True))
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])), json.dumps(1 + 2j, default=str))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        return super().default(o)


enc = json.dumps([Point(1, 2), 3], cls=PointEncoder)
print(enc)
print(json.loads(enc, object_hook=lambda d: Point(*d['__point__']) if '__point__' in d else d)[0].y)
print(list(PointEncoder().iterencode({'a': [1, Point(0, 0)]})))
print(json.dumps(Point(3, 4), default=lambda o: o.__dict__))
show('no default', lambda: json.dumps(Point(1, 1)))

print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -0}}'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\/"'), json.loads(' 1e3 '), json.loads('-12'), json.loads('[]'), json.loads('{}'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'{"k": "v"}'), json.loads('"\\ud800"') == '\ud800')
print(json.loads('1.5', parse_float=lambda t: ('float', t)), json.loads('7', parse_int=float), json.loads('NaN', parse_constant=str))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict), json.loads('{"b": 1}', object_pairs_hook=list))
print(json.loads('\ufeff[1]'.encode('utf-8-sig')), json.loads('[1]'.encode('utf-16')), json.loads('"x"'.encode('utf-32')))
for bad in ['', '{', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '[1] x', 'nul', '"abc', '"\\x"', '"\\u12"', '01',
            '[1, 2', '{"a":}', '\n\n  [tru]', '"a\nb"', '1.', '-', '{1: 2}', '   ']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
show('ufeff str', lambda: json.loads('\ufeff[1]'))
show('not str', lambda: json.loads(5))
show('bytes bad', lambda: json.loads(b'\xff'))
print(json.loads('"a\nb"', strict=False))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] rest'), d.raw_decode('{"a": 1}xyz'))
show('raw_decode space', lambda: d.raw_decode(' 1'))
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError('m', 'doc', 0).args)
print(json.dumps([1, {'a': 'b'}], indent=3, separators=(', ', ': ')))
print(json.dumps(list(range(3)), check_circular=False), json.dumps(True), json.dumps(12345678901234567890))


class MyInt(int):
    def __repr__(self):
        return 'MyInt'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat'


class MyStr(str):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), {MyStr('k'): MyInt(1)}]))
print(json.loads(json.dumps({'t': (1, [2, (3,)])})))
