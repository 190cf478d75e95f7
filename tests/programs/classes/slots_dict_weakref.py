class S:
    __slots__ = ('a', '__dict__')
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
class T:
    __slots__ = 'single'
t = T()
t.single = 'ok'
print(t.single, T.__slots__)
class U:
    __slots__ = ()
try:
    U().x = 1
except AttributeError as e:
    print(e)
