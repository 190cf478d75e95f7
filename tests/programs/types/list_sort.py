data = [5, 2, 9, 1, 5, 6]
data.sort()
print(data)
data.sort(reverse=True)
print(data)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
big = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stable = sorted(range(100), key=lambda v: v % 3)
print(stable[:10], stable[33:40])
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(e)
def bad_key(v):
    raise ValueError('key failed')
try:
    [1, 2].sort(key=bad_key)
except ValueError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.append(v) or v)
except ValueError as e:
    print(e)
print(sorted([0.0, -0.0, 0]), sorted([[2], [1, 5], [1]]), sorted([(1, 'b'), (1, 'a')]))
