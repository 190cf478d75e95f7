def make_acc():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
a = make_acc()
b = make_acc()
print(a(1), a(2), b(10), a(3), b(1))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
