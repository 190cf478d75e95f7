def f(*a, **k):
    return a, sorted(k.items())
print(f(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}, z=3))
print(f(*'ab', *b'c'))
print(f(**dict(a=1), **{'b': 2}))
print(f(*range(3), *{}, **{}))
args = [1, 2]
print(f(*args, *args))
print(f(*iter([7, 8])))
