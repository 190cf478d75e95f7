class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement')
    def describe(self):
        return f'{type(self).__name__} area={self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(NotImplemented, type(NotImplemented).__name__, bool is type(True))
