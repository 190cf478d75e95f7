pairs = [(True, True), (True, False), (False, False), (True, 2), (3, False), (True, 1.5)]
for a, b in pairs:
    for name, op in (("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y)):
        try:
            r = op(a, b)
            print(repr(a), name, repr(b), "=", repr(r), type(r).__name__)
        except TypeError as e:
            print(repr(a), name, repr(b), "TypeError:", e)
print(True.__or__(False), True.__and__(2), False.__rxor__(True), True.__or__(1.0))
print(True + True, -True, ~True, True << 3, True * 2.5, 7 >> True, divmod(True, 2))
x = True
x &= False
print(x, type(x).__name__)
x |= 5
print(x, type(x).__name__)
