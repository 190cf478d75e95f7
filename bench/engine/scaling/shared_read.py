"""Scaling kernel: every thread reads the same module globals, list, dict and instance
attributes (and calls a method of the shared instance); nothing shared is written.
"""
from harness import run

SCALE = 3
OFFSET = 7
TABLE = list(range(1000))
NAMES = {"n" + str(i): i for i in range(256)}
KEYS = list(NAMES)


class Config:
    def __init__(self):
        self.factor = 5
        self.limit = 999
        self.weights = (1, 2, 3, 4)

    def weight(self, i):
        return self.weights[i & 3]


CONFIG = Config()


def work():
    total = 0
    for i in range(3200000):
        j = i % 1000
        total += TABLE[j] * SCALE + OFFSET
        total += NAMES[KEYS[i & 255]]
        total += CONFIG.factor + (CONFIG.limit if j > 500 else 0)
        total += CONFIG.weight(i) + len(TABLE)
        if i % 7 == 0 and KEYS[j & 255] in NAMES:
            total -= 1
    return total


run(work)
