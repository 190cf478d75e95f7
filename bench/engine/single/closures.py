"""Closures: nested functions, nonlocal counters, lambdas, function composition and decorators."""


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def adder(k):
    return lambda x: x + k


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = fn(n)
        cache[n] = value
        return value
    return wrapper


def traced(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@traced
def weighted(a, b, scale=1):
    return (a * 3 + b) * scale


def partitions(limit):
    @memoize
    def p(n):
        if n < 0:
            return 0
        if n == 0:
            return 1
        total = 0
        k = 1
        while True:
            g1 = k * (3 * k - 1) // 2
            if g1 > n:
                break
            g2 = k * (3 * k + 1) // 2
            sign = 1 if k % 2 else -1
            total += sign * (p(n - g1) + p(n - g2))
            k += 1
        return total
    # Filling the cache in order keeps the recursion shallow.
    for n in range(limit):
        p(n)
    return p(limit) % 1000000007


counters = [make_counter(s) for s in range(1, 11)]
bumped = 0
for i in range(1800000):
    bumped += counters[i % 10]()
pipeline = compose(adder(1), lambda x: x * 2, adder(-3), lambda x: x % 1000003)
composed = 0
for i in range(1350000):
    composed += pipeline(i)
traced_total = 0
for i in range(1800000):
    traced_total += weighted(i, 7, scale=2) if i % 2 else weighted(i, b=5)
print("checksum", bumped, composed, traced_total, weighted.calls[0], partitions(2500))
