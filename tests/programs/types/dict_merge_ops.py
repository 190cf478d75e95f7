a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, {**a, **b}, dict(a, **b))
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(e)
class Missing(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
m = Missing()
print(m['a'], m['b'], m['a'], m, m.get('c'), 'c' in m)
