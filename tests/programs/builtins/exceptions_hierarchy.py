import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    cls = getattr(builtins, n)
    print(n, '<-', cls.__bases__[0].__name__ if len(cls.__bases__) == 1 else [b.__name__ for b in cls.__bases__])
