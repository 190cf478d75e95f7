def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup runs')
it = g()
print(next(it))
print(it.close())
print(list(it))
def g2():
    yield 1
it2 = g2()
print(list(it2), it2.close(), next(it2, 'done'))
