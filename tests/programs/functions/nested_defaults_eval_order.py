log = []
def v(x):
    log.append(x)
    return x
def f(a=v('a'), *, b=v('b'), c=v('c')):
    return a, b, c
print(log)
print(f())
def deco(fn):
    log.append('deco')
    return fn
@deco
def g(x=v('default')): pass
print(log)
