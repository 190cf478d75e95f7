print(repr(1), repr(1.0), repr(1e16), repr(1e-5), repr(0.1), repr(-0.0), repr(float('nan')), repr(float('-inf')))
print(repr('x'), repr(b'x\x00\xff'), repr(bytearray(b'a')), repr([1, [2]]), repr((1,)), repr(()), repr({}), repr(set()), repr(frozenset()))
print(repr({1: 'a', 'b': (2,)}), repr(None), repr(...), repr(NotImplemented), repr(range(1, 5, 2)), repr(slice(1, None)))
l = [1]
l.append(l)
print(repr(l))
d = {}
d['self'] = d
print(d)
print(repr(1 + 2j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(1e22 + 0j))
