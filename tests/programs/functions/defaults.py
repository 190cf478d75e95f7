def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(1, 2, 3))
print(f.__defaults__)
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2), g(3, []))
n = 5
def h(v=n):
    return v
n = 6
print(h())
h.__defaults__ = (42,)
print(h())
