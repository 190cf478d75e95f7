print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
print(list(zip()), list(zip('abc', range(2))), list(zip('ab', 'cd', 'ef')))
print(list(zip('ab', 'cd', strict=True)))
try:
    list(zip('abc', 'de', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('a', 'bc', strict=True))
except ValueError as e:
    print(e)
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
try:
    map(abs)
except TypeError as e:
    print(e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)
