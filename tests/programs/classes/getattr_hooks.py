class Lazy:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('gen_'):
            return name[4:].upper()
        raise AttributeError(f'no {name}')
l = Lazy()
print(l.real, l.gen_abc)
try:
    l.other
except AttributeError as e:
    print(e)
print(getattr(l, 'missing', 'dflt'), hasattr(l, 'gen_x'), hasattr(l, 'zz'))
class Logged:
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
lg = Logged()
lg.v = 1
print(lg.v)
print(lg.nothing)
