class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = 'Meta'
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
class Child(Base):
    y = 2
c = Child(5)
print(c.v, Child.created_by, type(Child).__name__, type(Meta).__name__)
