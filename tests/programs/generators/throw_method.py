def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
    finally:
        print('finally')
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
try:
    next(it)
except StopIteration:
    print('stopped')
it2 = g()
try:
    it2.throw(KeyError('unstarted'))
except KeyError as e:
    print('propagated', e)
it3 = g()
next(it3)
try:
    it3.throw(TypeError, TypeError('typed'))
except TypeError as e:
    print('propagated', e)
