class Data:
    def __get__(self, obj, owner):
        return 'data-get'
    def __set__(self, obj, value):
        obj.__dict__['d'] = value
class NonData:
    def __get__(self, obj, owner):
        return 'nondata-get'
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__['d'] = 'instance'
c.__dict__['n'] = 'instance'
print(c.d, c.n)
c.d = 5
print(c.d, c.__dict__['d'])
print(C.d, C.n)
del c.n
print(c.n)
