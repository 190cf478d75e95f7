def deco(fn):
    def wrapper(*a, **k):
        print('before', fn.__name__)
        r = fn(*a, **k)
        print('after', r)
        return r
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(1, 2))
def tag(name):
    def d(fn):
        fn.tag = name
        return fn
    return d
@tag('x')
@tag('y')
def z(): pass
print(z.tag)
order = []
def rec(n):
    order.append('make ' + n)
    def d(f):
        order.append('apply ' + n)
        return f
    return d
@rec('a')
@rec('b')
def w(): pass
print(order)
