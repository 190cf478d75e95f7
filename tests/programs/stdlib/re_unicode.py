# str patterns over Unicode text: classes by Python's own database, case-insensitive matching
# with the characters whose case folding is odd, ASCII mode, and characters beyond the BMP.
import re


def show(label, f):
    try:
        print(label, '->', ascii(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


show(r'\w', lambda: re.findall(r'\w+', 'héllo wörld ſtraße_1 ΣΑΣ ٣٤ 中文 ǅ'))
show(r'\w ascii', lambda: re.findall(r'\w+', 'héllo wörld ſtraße_1 ΣΑΣ', re.A))
show(r'\d', lambda: re.findall(r'\d', '1٣۵߁०১੨௫᠑𝟘𝟙 ² ½ Ⅻ'))
show(r'\d ascii', lambda: re.findall(r'(?a)\d', '1٣۵ 2'))
show(r'\s', lambda: [hex(ord(c)) for c in re.findall(r'\s', ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\u200b')])
show(r'\s ascii', lambda: [hex(ord(c)) for c in re.findall(r'(?a)\s', ' \t\n\x1c\x85\xa0')])
show(r'\b', lambda: re.findall(r'\b\w', 'éa ñb _c 9d'))
show(r'\B', lambda: re.findall(r'\B\w', 'éa ñb'))
show(r'\W', lambda: re.findall(r'\W', 'a-é.ß!\u2028'))
show(r'\D', lambda: re.findall(r'\D+', '12٣x4'))
show(r'\S', lambda: re.findall(r'\S+', 'a\xa0b\u3000c'))
show('dot', lambda: re.findall(r'.', 'a\nb\u2028c\rd'))
show('$ before newline', lambda: re.findall(r'\w$', 'a\nb\n', re.M))
show('$ only \\n', lambda: re.search(r'x$', 'x\u2028'))
show('^ multiline', lambda: re.findall(r'^.', 'a\u2028b\nc', re.M))

# Case-insensitive: ASCII letters, Latin-1, Greek sigma, Kelvin sign, long s, dotted I.
for pattern, text in [('k', 'kK\u212a'), ('s', 'sS\u017f'), ('σ', 'σςΣ'), ('ς', 'σςΣ'),
                      ('Σ', 'σςΣ'), ('i', 'iIİı'), ('İ', 'iIİı'), ('ı', 'iIİı'),
                      ('µ', 'µΜμ'), ('ß', 'ßẞSS'), ('ẞ', 'ßẞ'), ('ǅ', 'ǄǅǆDž'), ('ι', 'ι\u0345\u1fbeΙ'),
                      ('[a-z]+', 'ABCxyz\u212a\u017f'), ('[^a-z]', 'A\u212a!'),
                      ('[σ-σ]', 'Σς'), ('[ſ]', 'sS'), ('[k]', '\u212a'),
                      ('\U00010400', '\U00010428\U00010400'), ('[\U00010400-\U0001040f]', '\U00010428x'),
                      ('é', 'ÉéE'), ('[à-ÿ]+', 'ÀÉÎÕÜàéîõü')]:
    print(ascii(pattern), ascii(re.findall(pattern, text, re.I)), ascii(re.findall(pattern, text, re.I | re.A)))

show('backref ignorecase', lambda: re.match(r'(?i)(ǅ)\1', 'ǅǄ'))
show('backref ascii ignorecase', lambda: re.match(r'(?ia)(k)\1', 'k\u212a'))
show('backref unicode ignorecase', lambda: re.match(r'(?i)(k)\1', 'k\u212a'))
show('mixed scripts', lambda: re.sub(r'(?i)straße', 'street', 'STRASSE Straße strasse STRAẞE'))

# Beyond the BMP: positions count code points, not UTF-16 units.
s = 'a\U0001f600b\U0001f601c\U00010400'
show('astral findall', lambda: re.findall(r'.', s))
show('astral spans', lambda: [m.span() for m in re.finditer(r'[\U0001f600-\U0001f64f]', s)])
show('astral split', lambda: re.split(r'[\U0001f600\U0001f601]', s))
show('astral sub', lambda: re.sub(r'\U0001f600', ':)', s))
show('astral search pos', lambda: re.compile(r'\w').search(s, 2))
show('astral class', lambda: re.findall(r'[^\x00-\uffff]', s))
show('astral \\w', lambda: re.findall(r'\w', '\U0001d49c\U0001f600\U00020000'))
show('lone surrogates', lambda: re.findall(r'[\ud800-\udfff]', 'a\ud800b\udc00'))
show('astral named group', lambda: re.match(r'(?P<e>\U0001f600+)', '\U0001f600\U0001f600x').groupdict())

# Unicode escapes in patterns.
show('\\u', lambda: re.findall(r'\u00e9|\U0001F600', 'é\U0001f600'))
show('\\x', lambda: re.findall(r'[\x41-\x43]', 'ABCD'))
show('octal', lambda: re.findall(r'\101\0', 'A\0'))
show('ASCII and LOCALE', lambda: re.compile('a', re.A | re.L))
show('LOCALE on str', lambda: re.compile('a', re.L))
show('ASCII and UNICODE', lambda: re.compile('(?au)a'))
