def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
print(f(**{'a b': 1, '': 2}))
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(f(**M()))
try:
    f(**None)
except TypeError as e:
    print(e)
