def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print('inner handled KeyError')
        yield 'after key'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
print(next(g))
print(g.throw(KeyError('k')))
g.close()
print('---')
g2 = outer()
next(g2)
try:
    g2.throw(ValueError('v'))
except ValueError as e:
    print('escaped', e)
