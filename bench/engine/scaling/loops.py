"""Scaling kernel: numeric loops (Collatz steps, integer arithmetic), all locals."""
from harness import run


def work():
    total = 0
    for start in range(1, 120000):
        n = start
        while n != 1:
            n = 3 * n + 1 if n & 1 else n >> 1
            total += 1
    acc = 0
    for i in range(1500000):
        acc = (acc + i * i - (i // 3) + (i % 7)) % 1000000007
    return total, acc


run(work)
