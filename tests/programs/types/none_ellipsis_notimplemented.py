print(None, type(None)(), repr(None), str(None), bool(None), None == None, None is None, None != 0)
print(..., Ellipsis, type(...)(), ... is type(...)(), NotImplemented, type(NotImplemented)() is NotImplemented)
try:
    None.x
except AttributeError as e:
    print(e)
n = None
try:
    n()
except TypeError as e:
    print(e)
try:
    n[0]
except TypeError as e:
    print(e)
try:
    iter(None)
except TypeError as e:
    print(e)
