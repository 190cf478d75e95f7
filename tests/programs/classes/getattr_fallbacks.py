# A property getter raising AttributeError falls back to __getattr__; other errors do not.
class P:
    @property
    def x(self):
        raise AttributeError('inner')
    @property
    def y(self):
        raise KeyError('y')
    def __getattr__(self, name):
        return 'fallback ' + name
p = P()
print(p.x, getattr(p, 'x'), hasattr(p, 'x'), getattr(p, 'zz', None))
try:
    p.y
except KeyError as e:
    print('KeyError', e)
class Q:
    @property
    def x(self):
        raise AttributeError('no x here')
try:
    Q().x
except AttributeError as e:
    print('AttributeError', e)
print(getattr(Q(), 'x', 'default'), hasattr(Q(), 'x'))
class G:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return name.upper()
print(G().boom, G().other)
# A descriptor with only __set__ is a data descriptor without __get__.
class SetOnly:
    def __set__(self, obj, value):
        print('set', value)
class C:
    d = SetOnly()
c = C()
c.d = 5
print(c.d is C.__dict__['d'])
c.__dict__['d'] = 7
print(c.d, C.d is C.__dict__['d'])
class GetSet:
    def __get__(self, obj, owner):
        return 'from descriptor'
    def __set__(self, obj, value):
        pass
class D:
    d = GetSet()
o = D()
o.__dict__['d'] = 'from dict'
print(o.d)
class GetOnly:
    def __get__(self, obj, owner):
        return 'non-data'
class E:
    d = GetOnly()
e = E()
print(e.d)
e.__dict__['d'] = 'from dict'
print(e.d)
