assert True
assert 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 == 2, 'custom message'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
def f(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
try:
    f(-1)
except AssertionError as e:
    print(e)
