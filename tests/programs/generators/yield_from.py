def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'o1'
    return 'outer-result'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    next(g)
except StopIteration as e:
    print('final', e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x for x in [9]))))
