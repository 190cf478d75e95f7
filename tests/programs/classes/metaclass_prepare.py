class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 42, 'log': []}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=OrderedMeta, opt='x'):
    a = injected + 1
    log.append('body')
print(C.a, C.log)
class Recorder(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
class RMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
class D(metaclass=RMeta):
    x = 1
    def f(self): pass
print(type(D.__dict__).__name__)
