"""Scaling kernel: big-int arithmetic (factorial, Fibonacci, modular powers), per thread."""
from harness import run


def work():
    fact = 1
    for i in range(2, 20000):
        fact *= i
    a, b = 0, 1
    for _ in range(150000):
        a, b = b, a + b
    m = (1 << 127) - 1
    x = 0x123456789ABCDEF
    for i in range(100000):
        x = pow(x, 65537, m) ^ i
    return fact % 1000000007, a % 1000000007, x


run(work)
