for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
for first, *rest in ['abc', [1, 2]]:
    print(first, rest)
for [p, q] in ((5, 6),):
    print(p, q)
d = {}
for d['key'] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in 'xy':
    pass
print(o.attr)
lst = [0, 0]
for lst[1] in [7]:
    pass
print(lst)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(e)
