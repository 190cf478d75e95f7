print(type(1), type('a'), type(None), type(type), type(len), type(lambda: 0), type([].append))
class C: pass
print(type(C()), type(C).__name__, str(type(C())))
try:
    type()
except TypeError as e:
    print(e)
