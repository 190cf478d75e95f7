def f(): pass
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
print(type(f).__name__, type(C.m).__name__, type(C().m).__name__, type(C.cm).__name__, type(len).__name__, type([].append).__name__)
print(type(str.upper).__name__, type(str.__dict__['upper']).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(C.__dict__['cm']).__name__, type(f.__code__).__name__, type(iter([])).__name__)
import sys
print(type(sys).__name__, type(sys._getframe()).__name__)
