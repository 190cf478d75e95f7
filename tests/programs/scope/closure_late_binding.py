fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
def make(n):
    return lambda x: x * n
ms = [make(n) for n in range(4)]
print([m(10) for m in ms])
def outer():
    fns = []
    for j in range(3):
        def inner():
            return j
        fns.append(inner)
    j = 99
    return [f() for f in fns]
print(outer())
