def outer():
    x = 1
    def inner():
        return x
    print(inner.__code__.co_freevars)
    print(outer.__code__.co_cellvars if False else 'skip')
    x = 2
    return inner
f = outer()
print(f())
print(f.__closure__[0].cell_contents)
print(type(f.__closure__[0]).__name__)
def no_closure():
    return 1
print(no_closure.__closure__)
def two():
    a = 1
    b = 2
    def g():
        return a + b
    return g
print(two().__code__.co_freevars, len(two().__closure__))
