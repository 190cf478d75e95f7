"""Numeric loops: nested for/while over range with integer arithmetic, no calls in the hot path."""


def collatz_steps(limit):
    total = 0
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n = n >> 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def sieve_count(limit):
    flags = [True] * limit
    count = 0
    i = 2
    while i < limit:
        if flags[i]:
            count += 1
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    return count


def mixed_arithmetic(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * i - (i // 3) + (i % 7)) % 1000000007
    return acc


total, longest = collatz_steps(100000)
primes = sieve_count(1000000)
mixed = mixed_arithmetic(1500000)
print("checksum", total, longest, primes, mixed)
