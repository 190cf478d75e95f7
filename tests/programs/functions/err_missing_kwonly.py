def f(*, key):
    return key
print(f(key=1))
f()
