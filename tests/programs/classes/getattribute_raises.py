class C:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom!')
        if name == 'kaboom':
            raise KeyError(name)
        return 'ga ' + name
    def __getattr__(self, name):
        return 'fallback ' + name
c = C()
print(c.anything)
print(c.boom)
try:
    c.kaboom
except KeyError as e:
    print('KeyError', e)
