# Lib/locale.py over _locale: the locale queries, the preferred encoding, number formatting,
# parsing and collation in the C and C.UTF-8 locales.
import locale
import warnings


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return f"{type(e).__module__}.{type(e).__name__}: {e}"


print(locale.Error is __import__('_locale').Error)
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale())
print(locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getlocale())
print(attempt(locale.setlocale, locale.LC_ALL, 'fr_FR.UTF-8'))
print(attempt(locale.setlocale, locale.LC_ALL, ('en_US', 'UTF-8')))
print(attempt(locale.setlocale, locale.LC_ALL, ('C', None)))
print(locale.normalize('en_US'), locale.normalize('de_DE@euro'), locale.normalize('C.utf8'), locale.normalize('ja_jp.eucjp'))
print(locale._parse_localename('de_DE.ISO8859-1'), locale._parse_localename('C'))
print(attempt(locale._parse_localename, 'xyz'))
print(sorted(locale.localeconv().items()))

for fmt, val in [('%d', 1234567), ('%.2f', 1234567.891), ('%10.3f', -3.14159), ('%s', 'x'), ('%e', 12345.678),
                 ('%g', 0.0001), ('%x', 255), ('%5d%%', 42)]:
    print(repr(fmt), repr(locale.format_string(fmt, val)), repr(locale.format_string(fmt, val, grouping=True)))
print(repr(locale.format_string('%s and %d', ('a', 3))), repr(locale.format_string('%(a)s=%(b).1f', {'a': 'x', 'b': 2.25})))
print(attempt(locale.format_string, '%d %d', 1))
print(repr(locale.str(3.0)), repr(locale.str(1e100)), repr(locale.str(0.1 + 0.2)))
print(attempt(locale.currency, 5))
print(repr(locale.atof('3.14')), repr(locale.atof('-1e3')), repr(locale.atoi('42')), repr(locale.delocalize('1234.5')))
print(repr(locale.localize('1234.5')), repr(locale.localize('1234.5', grouping=True)))
print(attempt(locale.atof, 'abc'), attempt(locale.atoi, '4.5'))
print(locale.strcoll('a', 'b'), locale.strxfrm('hello'), sorted(['b', 'a', 'C', 'é'], key=locale.strxfrm))
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.RADIXCHAR))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(attempt(locale.getdefaultlocale))
print([str(w.message) for w in caught])
