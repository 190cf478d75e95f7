"""Float-heavy: spectral norm of an infinite matrix by the power method (nested loops, calls)."""


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        result.append(total)
    return result


def times_transposed(v):
    n = len(v)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        result.append(total)
    return result


def times_ata(v):
    return times_transposed(times(v))


def spectral_norm_squared(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return vbv / vv


# The square of the norm needs no square root, so every operation is exactly rounded IEEE.
print("checksum", round(spectral_norm_squared(360) * 1e12))
