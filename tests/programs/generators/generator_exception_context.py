def g():
    try:
        yield 1
    except Exception as e:
        print('in gen:', type(e).__name__)
        raise RuntimeError('wrapped') from e
it = g()
next(it)
try:
    it.throw(ValueError('orig'))
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
def ctx():
    try:
        raise KeyError('during')
    except KeyError:
        yield 'inside except'
        raise ValueError('after yield')
c = ctx()
print(next(c))
try:
    next(c)
except ValueError as e:
    print(e, repr(e.__context__))
