print(isinstance(1, object), isinstance(int, object), isinstance(object, type), isinstance(type, object))
print(isinstance('a', str), isinstance(b'a', bytes), isinstance(bytearray(), bytes), isinstance(1.0, int), isinstance(1, float))
print(issubclass(type, object), issubclass(object, type), issubclass(str, str))
