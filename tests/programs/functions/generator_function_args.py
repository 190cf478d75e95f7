def gen(a, *rest, k=0):
    yield a
    yield from rest
    yield k
print(list(gen(1, 2, 3, k=4)))
try:
    gen()
except TypeError as e:
    print(e)
