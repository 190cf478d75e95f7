def partial(fn, *pargs, **pkw):
    def call(*a, **k):
        return fn(*pargs, *a, **{**pkw, **k})
    return call
def power(base, exp):
    return base ** exp
sq = partial(power, exp=2)
two = partial(power, 2)
print(sq(5), two(10), sq(base=3))
print([partial(max, 0)(x) for x in (-1, 5)])
