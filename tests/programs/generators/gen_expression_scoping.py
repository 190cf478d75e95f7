x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
class C:
    n = 5
    vals = list(range(n))
    try:
        gen = list(i + n for i in range(2))
    except NameError as e:
        gen = str(e)
print(C.vals, C.gen)
