# _json, the accelerators under json: make_encoder (json.dumps without indent) with every kind of
# value and key, subclasses of int/float/str, markers for circular references, skipkeys,
# sort_keys, allow_nan, and encode_basestring(_ascii).
import _json, json, collections, enum
e=_json.make_encoder({}, str, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
e2=_json.make_encoder(None, str, _json.encode_basestring, None, ':', ',', True, True, False)
print(e([1,{'a':2.5, 3: None, 1.5: True}], 0), e.markers, e.sort_keys, type(e).__name__, type(e).__module__)
print(e2({'b': 1, 'a': [True, None]}, 0))
for f in (lambda: e2({1.0: float('inf')}, 0), lambda: e2({'x': float('nan')},0), lambda: e2([float('inf')], 0), lambda: e({(1,2):1}, 0),
          lambda: _json.encode_basestring_ascii(1), lambda: e(1), lambda: _json.make_encoder(5, str, json.encoder.py_encode_basestring, None, ':', ',', False, False, True)):
  try: print(f())
  except Exception as x: print(type(x).__name__, x)
print(_json.encode_basestring('\x00\u2603\"\\\\\n\x7f'), _json.encode_basestring_ascii('\x00\u2603\U0001F600\"\x7f\ud800'))
l=[]; l.append(l)
try: e(l, 0)
except Exception as x: print(type(x).__name__, x)
d={}; d['a']=d
try: e(d, 0)
except Exception as x: print(type(x).__name__, x)
class D: pass
ed=_json.make_encoder({}, lambda o: o, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
try: ed(D(), 0)
except Exception as x: print(type(x).__name__, x)
print(e(True,0), e(None,0), e('s',0), e(10**30,0), e(-0.0,0), e((1,2),0), e(1e16, 0), e([], 0), e({}, 0))
class I(int):
  def __repr__(self): return 'I'
class F(float):
  def __repr__(self): return 'F'
class S(str):
  pass
class Col(enum.IntEnum):
  A = 1
print(e([I(3), F(2.5), {I(1): F(1.0), F(2.0): 1, S('k'): S('v')}, Col.A, {Col.A: 2}],0))
print(e(collections.OrderedDict([('z', 1), ('a', 2)]), 0), e(collections.defaultdict(int, {'q': [1]}), 0))
e3=_json.make_encoder(None, str, json.encoder.py_encode_basestring, None, ':', ',', False, False, True)
print(e3(['x'], 0))
print(e.markers is not None, e.default, e.encoder, e.indent, e.key_separator, e.item_separator, e.skipkeys)
print(json.dumps({'a': [1, 2.5, None, 'é'], 'b': {'c': True}}), json.dumps('x\u2603', ensure_ascii=False), json.dumps([1, 2], separators=(',', ':')))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as x: print(x)
print(e(obj=[1], _current_indent_level=0))
