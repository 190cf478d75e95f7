s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(list(range(20))[s], 'abcdefgh'[slice(None, None, -2)])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2))
    print('hashable')
except TypeError as e:
    print(e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
