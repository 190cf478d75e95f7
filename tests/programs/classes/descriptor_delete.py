class D:
    def __get__(self, obj, owner):
        return 'get'
    def __delete__(self, obj):
        print('delete called')
class C:
    x = D()
c = C()
del c.x
print(c.x)
try:
    c.x = 1
except AttributeError as e:
    print('AttributeError', e)
class RO:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): raise AttributeError('read-only')
class E:
    y = RO()
try:
    E().y = 2
except AttributeError as e:
    print(e)
