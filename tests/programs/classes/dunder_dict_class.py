class C:
    a = 1
    def m(self): pass
d = C.__dict__
print(type(d).__name__, 'a' in d, 'm' in d, '__module__' in d)
try:
    d['b'] = 2
except TypeError as e:
    print(e)
c = C()
c.__dict__ = {'x': 5}
print(c.x)
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)
print(sorted(k for k in vars(C) if not k.startswith('__')))
