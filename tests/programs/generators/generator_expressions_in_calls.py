print(sum(x for x in range(5)), max(len(s) for s in ['a', 'bbb']), sorted(x % 3 for x in range(6)))
print(''.join(c.upper() for c in 'abc'), list(x for x in 'ab'), tuple(i * i for i in range(4)), set(i % 2 for i in range(4)) == {0, 1})
print(dict((k, len(k)) for k in ['one', 'three']), any(x for x in [0, 0]), all(x for x in []))
def gen_twice():
    g = (i for i in range(3))
    return list(g), list(g)
print(gen_twice())
