def register(cls):
    cls.registered = True
    return cls
def add_method(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
@register
@add_method
class C: pass
print(C.registered, C().hello())
def replace(cls):
    return 'replaced'
@replace
class D: pass
print(D)
