d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(list(d), d)
del d[3]
d[3] = 'again'
print(list(d))
ks, vs, its = d.keys(), d.values(), d.items()
d[100] = 0
print(ks, vs, its, len(ks))
print(ks & {1, 5, 7}, ks | {0}, ks - {5}, ks ^ {1, 2}, its & {(1, 1)}, 5 in ks, (5, 25) in its, 25 in vs)
print(list(reversed(d)), list(reversed(d.values())), type(ks).__name__, type(vs).__name__, type(its).__name__)
print(ks == {1, 5, 9, 3, 100}, ks.isdisjoint({42}), d.keys() == d.keys(), vs == vs)
try:
    for k in d:
        d[k + 1000] = 1
except RuntimeError as e:
    print(e)
print(d.keys().mapping == d if hasattr(d.keys(), 'mapping') else 'no mapping')
