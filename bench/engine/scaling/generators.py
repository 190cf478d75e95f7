"""Scaling kernel: generator pipelines and generator expressions, one set per thread."""
from harness import run


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def squares(source):
    for n in source:
        yield n * n


def work():
    total = 0
    for value in squares(evens(naturals(6000000))):
        total += value % 1000
    total += sum(x * 3 for x in range(4000000) if x % 5)
    return total


run(work)
