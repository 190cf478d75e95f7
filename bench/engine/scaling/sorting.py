"""Scaling kernel: list building and sorting, per thread."""
from harness import run


def work():
    seed = 42
    values = []
    for _ in range(300000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(seed >> 8)
    ordered = sorted(values)
    by_key = sorted(values, key=lambda v: (v % 1000, v))
    squares = [v * v % 1000003 for v in values if v % 3]
    squares.sort(reverse=True)
    total = 0
    for i in range(0, len(ordered), 97):
        total += ordered[i] + by_key[i] % 1000
    return total, squares[0], squares[-1], len(squares)


run(work)
