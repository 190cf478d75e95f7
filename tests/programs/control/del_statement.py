x = 1
del x
print('x' in globals())
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['c']
print(d)
class C: pass
c = C()
c.a = 1
del c.a
print(hasattr(c, 'a'))
a, b = 1, 2
del (a, b)
try:
    del a
except NameError as e:
    print(e)
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    del l[100]
except IndexError as e:
    print(e)
[p, q] = 1, 2
del [p, q]
print('p' in dir())
