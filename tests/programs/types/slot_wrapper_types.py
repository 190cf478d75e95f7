# Slot wrappers (dunders with type slots) against method descriptors of built-in types.
def noaddr(r):
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + '>'
def show(expr):
    try:
        v = eval(expr)
        print(expr, '->', type(v).__name__, noaddr(repr(v)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ['object.__init__', 'object().__init__', 'int.__add__', '(1).__add__', 'list.append', '[].append',
          "dict.__dict__['fromkeys']", 'dict.fromkeys', 'str.__repr__', 'list.__len__', 'list.__getitem__',
          'dict.__contains__', 'object.__eq__', 'object.__lt__', 'object.__reduce_ex__', 'object.__sizeof__',
          'object.__subclasshook__', 'object.__init_subclass__', 'object.__format__', 'int.__new__',
          'object.__init__.__name__', 'object.__init__.__qualname__', 'object.__init__.__objclass__',
          'object().__init__.__name__', 'object().__init__.__qualname__', '[].append.__self__',
          '[].append.__name__', '[].append.__qualname__', 'list.append.__qualname__', 'list.append.__objclass__',
          'int.__new__.__self__', 'dict.fromkeys.__self__', 'object.__init__.__get__(1)',
          'list.__dict__["append"].__get__([])', 'int.__add__.__get__(None, int)', 'int.__add__.__call__(1, 2)',
          '[].append.__call__', 'object.__doc__[:10]',
          'int.__add__(1)', '(1).__add__()', '(1).__add__(1, 2)', '(1).__add__(x=1)', '(1).__neg__(1)',
          '[].__setitem__(1)', '[].__len__(1)', 'object().__setattr__(1)', '(1).__pow__()', '(1).__pow__(1, 2, 3)',
          "list.__len__('a')", "int.__add__('a', 1)", 'object.__init__()', 'list.append()', 'list.append(1, 2)',
          "list.__dict__['append'].__get__(1)", "dict.__dict__['fromkeys'](int, [1])",
          "dict.__dict__['fromkeys'].__get__(1)", 'int.__new__(1)', 'int.__new__(str)',
          'int(1, 2, 3)', 'int(x=1)', 'float(1, 2)', 'list(1, 2)', 'tuple(x=1)', 'str(1, 2, 3, 4)',
          'staticmethod()', 'list.__init__([], 1, 2)', 'object().__init__(1)', 'object.__format__(1, 2)',
          'object().__format__("x")', 'object.__subclasshook__()', 'object().__lt__(1)']:
    show(e)
class C: pass
try:
    C().__init__(1)
except TypeError as e:
    print(e)
try:
    C(1)
except TypeError as e:
    print(e)
