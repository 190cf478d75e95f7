print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0j), bool(''), bool(' '), bool([]), bool([0]), bool(None))
print(bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(b''), bool(()), bool((0,)))
print(True + True, True * 10, -True, True / 2, True // 2, ~True, True & False, True | False, True ^ True)
print(repr(True), str(False), int(True), float(False), type(True & True).__name__, type(True + 1).__name__)
print(isinstance(True, int), issubclass(bool, int), True == 1, hash(True) == hash(1))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(bool.__mro__)
