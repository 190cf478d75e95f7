it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(3))).__name__)
try:
    iter(5, 5)
except TypeError as e:
    print(e)
