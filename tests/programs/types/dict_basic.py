d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d.pop('zz', 'dflt'), d.setdefault('e', 5), d.setdefault('b', 99), d)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d, d.copy() == d, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
del d['x']
print(d)
for f in (lambda: d['nope'], lambda: d.pop('nope'), lambda: {}.popitem(), lambda: d[[1]], lambda: d.update(5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
d.clear()
print(d, {} == {}, {1: 2} == {1: 2.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
