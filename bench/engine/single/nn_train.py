"""A small neural network trained by stochastic gradient descent on the UCI wine data set.

The data is read from the shared data directory beside the repository (../shared/data, see
/work/shared/data/README.md), never copied into it; a path given as argv[1] replaces it.
One hidden ReLU layer and a linear output trained on squared error: only +, -, * and /, so
every step is exactly rounded IEEE arithmetic and the checksum is the same on any platform.
"""
import sys

HIDDEN = 16
EPOCHS = 200
RATE = 0.01


def data_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    here = __file__.rpartition("/")[0] or "."
    return here + "/../../../../shared/data/wine_data.csv"


def load(path):
    with open(path) as f:
        lines = f.read().split("\n")
    header = lines[0].split(",")
    rows, columns = int(header[0]), int(header[1])
    features = []
    labels = []
    for line in lines[1:rows + 1]:
        fields = line.split(",")
        features.append([float(x) for x in fields[:columns]])
        labels.append(int(fields[columns]))
    return features, labels, len(header) - 2


def rescale(features):
    # Min-max scaling to [0, 1] per column.
    columns = len(features[0])
    low = [min(row[c] for row in features) for c in range(columns)]
    high = [max(row[c] for row in features) for c in range(columns)]
    return [[(row[c] - low[c]) / (high[c] - low[c]) for c in range(columns)] for row in features]


class Random:
    """A 31-bit linear congruential generator, so the run needs no random module."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound

    def uniform(self, scale):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state / 2147483648.0 - 0.5) * 2.0 * scale


class Network:
    def __init__(self, inputs, hidden, outputs, rng):
        self.w1 = [[rng.uniform(0.5) for _ in range(inputs)] for _ in range(hidden)]
        self.b1 = [0.0] * hidden
        self.w2 = [[rng.uniform(0.5) for _ in range(hidden)] for _ in range(outputs)]
        self.b2 = [0.0] * outputs

    def forward(self, x):
        hidden = []
        for weights, bias in zip(self.w1, self.b1):
            total = bias
            for w, xi in zip(weights, x):
                total += w * xi
            hidden.append(total if total > 0.0 else 0.0)
        output = []
        for weights, bias in zip(self.w2, self.b2):
            total = bias
            for w, h in zip(weights, hidden):
                total += w * h
            output.append(total)
        return hidden, output

    def train_step(self, x, label, rate):
        hidden, output = self.forward(x)
        loss = 0.0
        output_grads = []
        for k, value in enumerate(output):
            error = value - (1.0 if k == label else 0.0)
            loss += error * error
            output_grads.append(2.0 * error)
        hidden_grads = [0.0] * len(hidden)
        for k, grad in enumerate(output_grads):
            weights = self.w2[k]
            for j, h in enumerate(hidden):
                hidden_grads[j] += grad * weights[j]
                weights[j] -= rate * grad * h
            self.b2[k] -= rate * grad
        for j, grad in enumerate(hidden_grads):
            if hidden[j] <= 0.0:
                continue
            weights = self.w1[j]
            for i, xi in enumerate(x):
                weights[i] -= rate * grad * xi
            self.b1[j] -= rate * grad
        return loss

    def predict(self, x):
        output = self.forward(x)[1]
        best = 0
        for k in range(1, len(output)):
            if output[k] > output[best]:
                best = k
        return best


def main():
    features, labels, classes = load(data_path())
    features = rescale(features)
    rng = Random(2024)
    net = Network(len(features[0]), HIDDEN, classes, rng)
    order = list(range(len(features)))
    losses = []
    for epoch in range(EPOCHS):
        # Fisher-Yates shuffle with the program's own generator.
        for i in range(len(order) - 1, 0, -1):
            j = rng.next_int(i + 1)
            order[i], order[j] = order[j], order[i]
        total = 0.0
        for index in order:
            total += net.train_step(features[index], labels[index], RATE)
        losses.append(total / len(order))
    correct = sum(1 for x, y in zip(features, labels) if net.predict(x) == y)
    print("checksum", len(features), classes, correct, round(losses[0] * 1e9), round(losses[-1] * 1e9))


main()
