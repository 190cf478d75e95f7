d = {1: 'int', 2.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset([1]): 'fs', -1: 'neg', 2**64: 'big'}
print(d)
print(d[1.0], d[(1, 2)], d[frozenset({1})], d[2**64])
d2 = {}
for i in range(1000):
    d2[i * 7] = i
for i in range(0, 1000, 2):
    del d2[i * 7]
print(len(d2), list(d2)[:5], list(d2)[-3:], sum(d2.values()))
e = {0: 'zero'}
e[0.0] = 'float zero'
e[False] = 'false'
print(e)
