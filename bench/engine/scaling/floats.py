"""Scaling kernel: float arithmetic (spectral norm by the power method), per thread."""
from harness import run


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v, transposed):
    n = len(v)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += (a(j, i) if transposed else a(i, j)) * v[j]
        result.append(total)
    return result


def work():
    u = [1.0] * 200
    v = u
    for _ in range(32):
        v = times(times(u, False), True)
        u = times(times(v, False), True)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return round(vbv / vv * 1e12)


run(work)
