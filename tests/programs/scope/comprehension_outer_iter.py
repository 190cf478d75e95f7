def f():
    n = [1, 2, 3]
    return [x * 2 for x in n]
print(f())
class C:
    data = [1, 2, 3]
    doubled = [x * 2 for x in data]
print(C.doubled)
def g():
    rows = [[1, 2], [3, 4]]
    return [c for r in rows for c in r]
print(g())
def nested():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested())
