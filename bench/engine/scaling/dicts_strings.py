"""Scaling kernel: each thread builds its own dicts and strings."""
from harness import run


def work():
    counts = {}
    pieces = []
    checksum = 0
    for i in range(1200000):
        key = "k" + str(i % 5000)
        counts[key] = counts.get(key, 0) + i
        s = f"{key}:{i}"
        pieces.append(s.upper())
        checksum += len(s) + s.find(":")
        if len(pieces) == 100:
            joined = ",".join(pieces)
            checksum += len(joined.split(",")) + joined.count("K1")
            pieces = []
    for key, value in counts.items():
        checksum += value % 1000 + len(key)
    return checksum


run(work)
