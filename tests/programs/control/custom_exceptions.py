class AppError(Exception):
    pass
class DbError(AppError):
    def __str__(self):
        return 'DbError: ' + super().__str__()
class Deep(DbError):
    pass
for exc in (AppError('a'), DbError('b'), Deep('c')):
    try:
        raise exc
    except DbError as e:
        print('DbError handler', e)
    except AppError as e:
        print('AppError handler', e)
print(Deep.__mro__[1:4])
class WithRepr(Exception):
    def __repr__(self): return 'WithRepr!'
print(repr(WithRepr()), str(WithRepr('x')))
try:
    raise Deep('x')
except (KeyError, AppError) as e:
    print('tuple match', type(e).__name__)
