class R:
    def __repr__(self): return 'R()'
class S:
    def __str__(self): return 'S-str'
class Both:
    def __repr__(self): return 'both-repr'
    def __str__(self): return 'both-str'
print(R(), str(R()), repr(R()), [R()])
print(S(), [S()][0].__str__())
print(Both(), [Both()], f'{Both()!r} {Both()!s}', '%s %r' % (Both(), Both()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Sub(str):
    def __repr__(self): return 'Sub!'
print(repr(Sub('x')), str(Sub('x')), [Sub('y')])
