def f(*args):
    return len(args), sum(args)
print(f(*range(1000)))
def g(**kw):
    return len(kw)
print(g(**{'k%d' % i: i for i in range(300)}))
src = 'def h(' + ', '.join('a%d' % i for i in range(300)) + '): return a299'
ns = {}
exec(src, ns)
print(ns['h'](*range(300)))
