print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**100), hash(-2**100))
print(hash(1.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float('inf')), hash(float('-inf')))
print(hash(True), hash(False), hash(()), hash((1, 2)), hash((1, (2, 3))), hash((1.5, -1)))
print(hash(3 + 4j), hash(complex(1, 0)) == hash(1))
print(hash(frozenset()), hash(range(3)) == hash(range(3)))
for u in ([], {}, set(), bytearray()):
    try:
        hash(u)
    except TypeError as e:
        print(e)
