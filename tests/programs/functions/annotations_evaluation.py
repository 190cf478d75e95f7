# When annotations are evaluated, and where they are stored (module level, functions, exec).


def trace(label, value):
    print('eval', label)
    return value


print('before:', __annotations__)
first: trace('annotation of first', int) = trace('value of first', 1)
second: trace('annotation of second', str)
print(__annotations__, first, 'second' in globals())

# Local variable annotations in functions are never evaluated; targets' parts still are.


def local_annotations():
    a: trace('never', int) = trace('local value', 5)
    b: undefined_name
    return a


print(local_annotations())
print(local_annotations.__annotations__)


class Box:
    pass


box = Box()


def attribute_target():
    box.field: trace('never', int)
    box.value: trace('never', int) = 7
    return box.value


print(attribute_target(), hasattr(box, 'field'))


def missing_target():
    missing.field: int


try:
    missing_target()
except NameError as e:
    print('NameError:', e)

# Module level, complex targets: the annotation is evaluated, nothing is stored.
box.attr: trace('module attribute annotation', int) = 3
lst = [0, 0]
lst[trace('index', 1)]: trace('module item annotation', int)
(paren): trace('parenthesised annotation', int) = 4
print(__annotations__, box.attr, lst, paren)

# exec with separate globals and locals: annotations go into the locals mapping.
g = {}
loc = {}
exec('x: int = 1\ny: str', g, loc)
print(sorted(g), loc)


class Mapping:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        print('  getitem', k)
        return self.d[k]

    def __setitem__(self, k, v):
        print('  setitem', k)
        self.d[k] = v


m = Mapping()
exec('x: int = 1', {}, m)
print(m.d)

# exec at module level creates __annotations__ in its globals.
g2 = {}
exec('n: float', g2)
print(g2['__annotations__'])
g3 = {}
exec('n = 1', g3)
print('__annotations__' in g3)

# Reassigning __annotations__ at module level: later annotations go to the new object.
saved = __annotations__
__annotations__ = {}
later: bytes
print(__annotations__, 'later' in saved)
del __annotations__
try:
    gone: int
except NameError as e:
    print('NameError:', e)
