o = object()
try:
    o.attr = 1
except AttributeError as e:
    print(e)
print(str(object).startswith("<class 'object'>"), object.__doc__ is not None)
print(NotImplemented.__class__.__name__, Ellipsis, ..., ... is Ellipsis)
