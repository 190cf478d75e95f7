print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([-3, 2, -1], key=abs))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(e)
print(sorted([]), sorted((1.5, 1, True)))
