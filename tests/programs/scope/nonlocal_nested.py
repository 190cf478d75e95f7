def a():
    x = 'a'
    def b():
        def c():
            nonlocal x
            x = x + 'c'
            return x
        r = c()
        return r, x
    res = b()
    return res, x
print(a())
def counter_factory():
    count = 0
    def step(k):
        nonlocal count
        for _ in range(k):
            count += 1
        return count
    return step
s = counter_factory()
print(s(2), s(3), s(0))
