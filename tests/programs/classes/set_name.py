class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset ' + self.name)
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a, Model.b.name)
m.__dict__['a'] = 1
print(m.a)
f = Field()
Model.c = f
print(hasattr(f, 'name'))
