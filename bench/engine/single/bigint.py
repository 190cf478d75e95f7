"""Big-int arithmetic: pi digits by a spigot, factorials, modular powers, big Fibonacci numbers."""


def pi_digits(count):
    # Gibbons' unbounded spigot: exact rational arithmetic on growing integers.
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def big_fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 1000000)
        total += d % 9 + d // 100000
    return total


def modpow_mix(rounds):
    m = (1 << 127) - 1
    x = 0x123456789ABCDEF
    acc = 0
    for i in range(rounds):
        x = pow(x, 65537, m) ^ i
        acc = (acc * 31 + (x & 0xFFFFFFFF)) % m
    return acc


digits = pi_digits(3500)
fact = factorial(12000)
fib = big_fib(100000)
print("checksum", sum(digits), digits[-10:], fact.bit_length(), digit_sum(fact) % 1000003,
      fib % 1000000007, fib.bit_length(), modpow_mix(30000), (fact // fib) % 999983)
