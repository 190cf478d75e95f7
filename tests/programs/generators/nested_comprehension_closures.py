fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [(lambda i=i: i) for i in range(3)]
print([f() for f in fns2])
def outer():
    y = 10
    return [[y + i + j for j in range(2)] for i in range(2)]
print(outer())
print([[(lambda: k)() for k in range(i)] for i in range(3)])
