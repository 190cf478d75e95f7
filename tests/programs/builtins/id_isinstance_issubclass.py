a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__)
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(True, int))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(object, int))
print(isinstance([], list | None), isinstance(None, int | None), issubclass(int, int | str))
print(int | str, type(int | str).__name__)
