"""Trains a small fully connected network on the digits data set, in pure Python.

64 inputs (pixels 0..16 scaled to 0..1), one hidden layer of tanh units, 10 softmax outputs,
plain stochastic gradient descent on a seeded shuffle; the last fifth of the rows is held out.
Prints the mean loss and the held-out accuracy after each epoch, with every float digit, so the
output shows whether the arithmetic (math.exp, math.tanh, math.log, random's sequence) is CPython's.

Usage: digits_nn.py [DATA] [EPOCHS] [HIDDEN]
DATA defaults to ../shared/data/digits.csv.gz next to the repository.
"""
import csv
import gzip
import io
import math
import os
import random
import sys


def load(path):
    with gzip.open(path, "rb") as f:
        rows = list(csv.reader(io.TextIOWrapper(f, encoding="ascii")))
    return [([int(v) / 16.0 for v in row[:64]], int(row[64])) for row in rows]


class Network:
    def __init__(self, inputs, hidden, outputs, rng):
        scale_in = 1.0 / math.sqrt(inputs)
        scale_hidden = 1.0 / math.sqrt(hidden)
        self.w1 = [[rng.gauss(0.0, scale_in) for _ in range(inputs)] for _ in range(hidden)]
        self.b1 = [0.0] * hidden
        self.w2 = [[rng.gauss(0.0, scale_hidden) for _ in range(hidden)] for _ in range(outputs)]
        self.b2 = [0.0] * outputs

    def forward(self, x):
        h = [math.tanh(sum(w * v for w, v in zip(row, x)) + b) for row, b in zip(self.w1, self.b1)]
        z = [sum(w * v for w, v in zip(row, h)) + b for row, b in zip(self.w2, self.b2)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = math.fsum(e)
        return h, [v / total for v in e]

    def train_one(self, x, label, rate):
        h, p = self.forward(x)
        loss = -math.log(max(p[label], 1e-300))
        dz = [pi - (1.0 if i == label else 0.0) for i, pi in enumerate(p)]
        dh = [0.0] * len(h)
        for j, row in enumerate(self.w2):
            g = dz[j]
            for k in range(len(row)):
                dh[k] += g * row[k]
                row[k] -= rate * g * h[k]
            self.b2[j] -= rate * g
        for k, row in enumerate(self.w1):
            g = dh[k] * (1.0 - h[k] * h[k])
            if g:
                for i in range(len(row)):
                    row[i] -= rate * g * x[i]
            self.b1[k] -= rate * g
        return loss

    def predict(self, x):
        _, p = self.forward(x)
        return max(range(len(p)), key=p.__getitem__)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../shared/data/digits.csv.gz")
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    hidden = int(sys.argv[3]) if len(sys.argv) > 3 else 24
    data = load(path)
    rng = random.Random(20181207)
    rng.shuffle(data)
    split = len(data) * 4 // 5
    train, test = data[:split], data[split:]
    net = Network(64, hidden, 10, rng)
    print(f"rows={len(data)} train={len(train)} test={len(test)} hidden={hidden}")
    for epoch in range(1, epochs + 1):
        rng.shuffle(train)
        rate = 0.05 / math.sqrt(epoch)
        loss = math.fsum(net.train_one(x, y, rate) for x, y in train) / len(train)
        correct = sum(net.predict(x) == y for x, y in test)
        print(f"epoch={epoch} loss={loss!r} accuracy={correct}/{len(test)}")
    print("first weights:", [round(w, 12) for w in net.w2[0][:4]])


if __name__ == "__main__":
    main()
