"""Primes below a limit, with a sieve: ./pythebo examples/primes.py 50"""

import sys


def primes_below(limit: int) -> list[int]:
    sieve = [True] * limit
    found = []
    for n in range(2, limit):
        if sieve[n]:
            found.append(n)
            for multiple in range(n * n, limit, n):
                sieve[multiple] = False
    return found


if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print(*primes_below(limit))
