ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print({k: f(3, 4) for k, f in ops.items()})
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0])
