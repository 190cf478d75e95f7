# _locale on a system whose locales are C, POSIX and C.UTF-8: setlocale per category and for
# LC_ALL (composite names), localeconv, nl_langinfo, collation and their errors.
import _locale as L


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f"{type(e).__module__}.{type(e).__name__}: {e}"


print(L.setlocale(L.LC_CTYPE), L.setlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL))
print(L.getencoding(), L.nl_langinfo(L.CODESET))
print(sorted(L.localeconv().items()))

for name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8', 'C.UTF-8@euro', '',
             'c.utf8', 'C.ascii', 'posix', 'C ', 'fr_FR', 'en_US.UTF-8', 'xx']:
    print(repr(name), attempt(L.setlocale, L.LC_ALL, name), L.getencoding(), L.nl_langinfo(L.CODESET))

L.setlocale(L.LC_ALL, 'C')
print(L.setlocale(L.LC_ALL), L.getencoding())
L.setlocale(L.LC_NUMERIC, 'C.UTF-8')
mixed = L.setlocale(L.LC_ALL)
print(mixed)
L.setlocale(L.LC_ALL, 'C')
print(L.setlocale(L.LC_ALL, mixed) == mixed, L.setlocale(L.LC_NUMERIC))
print(attempt(L.setlocale, L.LC_CTYPE, mixed))
print(attempt(L.setlocale, L.LC_ALL, 'LC_CTYPE=C;LC_NUMERIC=C.UTF-8'))
print(L.setlocale(L.LC_ALL, 'POSIX'), L.setlocale(L.LC_CTYPE))
for cat in ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES']:
    print(cat, getattr(L, cat), L.setlocale(getattr(L, cat), 'C.UTF-8'), L.setlocale(L.LC_ALL) == 'C')
L.setlocale(L.LC_ALL, 'C.UTF-8')
print(L.setlocale(L.LC_ALL), L.LC_ALL, L.CHAR_MAX)

for key in sorted(dir(L)):
    value = getattr(L, key)
    if isinstance(value, int) and key.isupper() and not key.startswith('LC_'):
        print(key, value, attempt(L.nl_langinfo, value))

for args in [(), (1, 2, 3), ('x',), (99,), (-1,), (2**70,)]:
    print('nl_langinfo', args, attempt(L.nl_langinfo, *args))
for args in [(), (99,), ('x',), (0, 'C', 1), (0, 5), (-1, 'C'), (99, 'C'), (L.LC_ALL, 'C\0'), (L.LC_ALL, None)]:
    print('setlocale', args, attempt(L.setlocale, *args))

print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('a', 'a'), L.strcoll('é', 'z'), L.strcoll('Z', 'a'))
print(L.strcoll('a', 'z'), L.strcoll('abc', 'ab'), L.strcoll('', 'x'), L.strcoll('\U0001f600', '\uffff'))
print(repr(L.strxfrm('abc')), repr(L.strxfrm('é\U0001f600')), repr(L.strxfrm('')))
print(sorted(['b', 'A', 'é', 'a', 'Z'], key=L.strxfrm))
for args in [('a',), (1, 'a'), ('a\0', 'b')]:
    print('strcoll', args, attempt(L.strcoll, *args))
for args in [(1,), ('a\0',)]:
    print('strxfrm', args, attempt(L.strxfrm, *args))

print(L.Error, L.Error.__mro__, L.Error.__module__)
print(L.setlocale.__text_signature__, L.nl_langinfo.__text_signature__, L.strcoll.__text_signature__)
print(L.strxfrm.__text_signature__, L.getencoding.__text_signature__, L.localeconv.__text_signature__)
print(L.gettext('hello'), L.dgettext(None, 'x'), L.dcgettext(None, 'x', L.LC_MESSAGES))
print(L.textdomain(None), L.textdomain('abc'), L.textdomain(None), L.textdomain(''))
print(L.bindtextdomain('foo', None), L.bindtextdomain('foo', '/tmp'), L.bind_textdomain_codeset('foo', None))
print(attempt(L.bindtextdomain, '', None))
