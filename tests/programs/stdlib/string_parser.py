# _string: str.format's own parser, piece by piece, with str.format's errors.
import _string

for s in ['', 'abc', 'a{0}b', 'a{{b}}c', '{0!r:>{w}}x', '{}', '{:}', '{!s}', '{a.b[c]}', 'x{', '}', 'a}}',
          '{0!}', '{0!r', '{0:{', '{[}', '{0!rx}', '{0!r:}', 'a{{', '{{}}', '{x[0]]}', '{0:{1:{2}}}',
          'a{0}b{', '{!}', '{0!:}', 'é{ü!a:é}', '{0!\u00e9}']:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)

it = _string.formatter_parser('one{two}three{')
print(type(it).__name__, iter(it) is it)
try:
    print(next(it))
except ValueError as e:
    print('ValueError:', e)

for f in ['a', 'a.b[c]', '0', '0.x', '', 'a[0]', 'a[0', 'a..b', 'a.', '[x]', 'a]', 'a[x]y', '12a', ' a',
          '1[2][x].y', '00', '99999999999999999999999']:
    try:
        first, rest = _string.formatter_field_name_split(f)
        print(repr(f), repr(first), list(rest))
    except ValueError as e:
        print(repr(f), 'ValueError:', e)

for bad in [lambda: _string.formatter_parser(1), lambda: _string.formatter_field_name_split(b'x'),
            lambda: _string.formatter_parser(), lambda: _string.formatter_parser(s='x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(_string.__doc__, _string.formatter_parser.__doc__, _string.formatter_field_name_split.__doc__)
