a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(2)
print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
first, *_, last = range(10)
print(first, last)
print([*'ab', *[1]], (*range(2), 5), {*'aa', 'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2})
for bad in ['a, b = [1]', 'a, b = [1, 2, 3]', 'a, *b, c = [1]', 'a, b = 5']:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = y = z = [0]
print(x is z)
a, b = b, a = 1, 2
print(a, b)
