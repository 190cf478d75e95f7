class Single:
    _inst = None
    def __new__(cls, *a):
        print('new', a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, *a):
        print('init', a)
a = Single(1)
b = Single(2)
print(a is b)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
class WithInit:
    def __init__(self): return 5
try:
    WithInit()
except TypeError as e:
    print(e)
