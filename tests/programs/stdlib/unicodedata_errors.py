# The argument errors of the unicodedata functions and of the UCD type.
import unicodedata

U = unicodedata.ucd_3_2_0
calls = [
    lambda: unicodedata.category(1), lambda: unicodedata.category('ab'), lambda: unicodedata.category(''),
    lambda: unicodedata.category(), lambda: unicodedata.category(x='a'), lambda: U.category(),
    lambda: U.category(1), lambda: unicodedata.decimal('a'), lambda: unicodedata.decimal('a', 1, 2),
    lambda: unicodedata.decimal(), lambda: unicodedata.decimal(1), lambda: unicodedata.decimal(x=1),
    lambda: U.decimal(x=1), lambda: unicodedata.digit('x'), lambda: unicodedata.numeric('x'),
    lambda: unicodedata.name('\x00'), lambda: unicodedata.name('ab', 1), lambda: U.name('\u0221'),
    lambda: unicodedata.combining(b'a'), lambda: unicodedata.mirrored(None), lambda: unicodedata.lookup(),
    lambda: unicodedata.UCD(), lambda: type(U)(), lambda: U.x, lambda: setattr(U, 'x', 1),
    lambda: unicodedata.UCD.category(1, 'a'), lambda: unicodedata.UCD.category(U, 'a'),
    lambda: unicodedata.east_asian_width('ab'), lambda: unicodedata.bidirectional([]),
    lambda: unicodedata.decomposition(3.0),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

try:
    class Sub(unicodedata.UCD):
        pass
except TypeError as e:
    print('TypeError', e)

print(unicodedata.decimal('7'), unicodedata.digit('\u00b2'), unicodedata.numeric('\u00bc'),
      unicodedata.decimal('x', 'none'), unicodedata.digit('x', 0), unicodedata.numeric('x', -1.5))
