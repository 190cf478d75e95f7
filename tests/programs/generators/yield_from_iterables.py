def g():
    yield from [1, 2]
    yield from 'ab'
    yield from {3: 'x', 4: 'y'}
    yield from range(5, 7)
    r = yield from []
    yield r
print(list(g()))
def sub():
    yield 1
    return 'sub'
def delegating():
    results = []
    for _ in range(3):
        results.append((yield from sub()))
    return results
it = delegating()
print(list(it))
def d2():
    return (yield from delegating())
try:
    g2 = d2()
    while True:
        next(g2)
except StopIteration as e:
    print(e.value)
