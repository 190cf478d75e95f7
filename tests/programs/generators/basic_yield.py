def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(gen()))
print(next(g, 'exhausted'))
