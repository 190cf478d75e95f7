def g():
    x = yield
    print('x =', x)
    y = (yield x) + 1
    print('y =', y)
    z = yield y, 'pair'
    print('z =', z)
    yield
it = g()
print(next(it))
print(it.send(5))
print(it.send(10))
print(it.send('last'))
