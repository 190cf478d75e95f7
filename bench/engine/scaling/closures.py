"""Scaling kernel: closures with nonlocal state, lambdas and composition, made per thread."""
from harness import run


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def compose(f, g):
    return lambda x: f(g(x))


def work():
    counters = [make_counter(s) for s in range(1, 9)]
    pipeline = compose(lambda x: x % 1000003, compose(lambda x: x * 3, lambda x: x + 1))
    total = 0
    for i in range(3000000):
        total += counters[i % 8]() + pipeline(i)
    return total


run(work)
