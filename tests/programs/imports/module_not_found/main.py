try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sibling import nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sibling.child
except ModuleNotFoundError as e:
    print(e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
