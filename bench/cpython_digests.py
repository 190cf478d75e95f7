"""CPython's side of bench/digests.sh: hashlib throughput on MEGABYTES fed in 1 MiB updates
(best of ROUNDS after one warm-up pass) and random.random() calls per second, timed in this
thread's CPU time as DigestBench is.

Usage: python3.11 bench/cpython_digests.py MEGABYTES ROUNDS
Prints lines in DigestBench's format: name=md5 mb_per_second=R / name=random calls_per_second=R
"""
import hashlib
import random
import sys
import time

megabytes, rounds = int(sys.argv[1]), int(sys.argv[2])
chunk = bytes((i * 31 + (i >> 9)) & 0xFF for i in range(1 << 20))
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"):
    best = float("inf")
    for _ in range(rounds + 1):
        start = time.thread_time()
        h = hashlib.new(name)
        for _ in range(megabytes):
            h.update(chunk)
        h.digest()
        best = min(best, time.thread_time() - start)
    print(f"name={name} mb_per_second={megabytes / best:.1f}")

rng = random.Random(12345)
draw = rng.random
calls = 10_000_000
best = float("inf")
for _ in range(rounds + 1):
    start = time.thread_time()
    for _ in range(calls):
        draw()
    best = min(best, time.thread_time() - start)
print(f"name=random calls_per_second={calls / best:.0f}")
