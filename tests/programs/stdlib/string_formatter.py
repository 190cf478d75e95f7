# Lib/string.py's Formatter, which parses with _string.
import string

fmt = string.Formatter()
print(fmt.format('{0} and {1!r} and {name:>5}', 'a', 'b', name='n'))
print(fmt.format('{a.real} {b[1]} {c[k]}', a=3, b=[5, 6], c={'k': 'v'}))
print(fmt.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
print(list(fmt.parse('x{0:>{1}}y')))
print(fmt.vformat('{} {}', ('auto', 'numbered'), {}))
for bad in ['{0} {}', '{} {0}', '{', '{0!x}', '{missing}']:
    try:
        print(fmt.format(bad, 1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ':', e)


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)


print(Upper().format('{0!u} {who} {0!r}', 'hello'))
print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'))
print(string.capwords(' hello   world '), string.ascii_lowercase, string.digits)
