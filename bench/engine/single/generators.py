"""Generators: pipelines of generator functions, yield from, send(), generator expressions."""


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def squares(source):
    for n in source:
        yield n * n


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from flatten(child)
    else:
        yield tree


def nested(depth, width):
    if depth == 0:
        return 1
    return [nested(depth - 1, width) for _ in range(width)]


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def delegate(n):
    result = yield from counter(n)
    return result * 2


def counter(n):
    for i in range(n):
        yield i
    return n


pipeline = 0
for chunk in chunks(squares(evens(naturals(3000000))), 100):
    pipeline += chunk[-1] - chunk[0]
leaves = sum(flatten(nested(6, 8)))
avg = running_average()
next(avg)
last = 0
for i in range(1000000):
    last = avg.send(i * 3)
gen_expr = sum(x * 2 for x in range(1600000) if x % 3)
delegated = 0
for _ in range(7000):
    g = delegate(100)
    try:
        while True:
            delegated += next(g)
    except StopIteration as stop:
        delegated += stop.value
print("checksum", pipeline, leaves, last, gen_expr, delegated)
