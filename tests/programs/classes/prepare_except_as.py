"""except E as e in a class body with a __prepare__ mapping: the mapping sees e = None then del e; f_locals is the mapping."""
import sys
class Log(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Log()
class C(metaclass=M):
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    fl = type(sys._getframe().f_locals).__name__
print(C.fl)
class F:
    pass
def f(): pass
try:
    class W(f): pass
except TypeError as e:
    print(e)
