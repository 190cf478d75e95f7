print(len(''), len('abc'), len('\U0001f600'), len(b'ab'), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)))
print(len(range(10, 0, -3)), len(bytearray(5)), len(frozenset('aab')), len({}.keys()), len(memoryview(b'abc')))
for bad in (5, None, iter([]), len):
    try:
        len(bad)
    except TypeError as e:
        print(e)
