def g():
    yield 1
    return 'done'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def none_ret():
    yield
    return
for v in none_ret():
    print('got', v)
def tuple_ret():
    return (1, 2)
    yield
try:
    next(tuple_ret())
except StopIteration as e:
    print(e.value, e.args)
