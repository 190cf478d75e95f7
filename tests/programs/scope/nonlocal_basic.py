def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = outer()
for _ in range(3):
    print(inc(), get())
inc2, get2 = outer()
print(inc2(), get(), get2())
