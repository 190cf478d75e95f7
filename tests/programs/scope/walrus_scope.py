def f():
    data = [1, 5, 9, 2]
    if any((big := v) > 4 for v in data):
        print('first big', big)
    print([last := v for v in data], last)
f()
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)
def g():
    [(k := i) for i in range(3)]
    return k
print(g())
