# Unicode case mapping, predicates and line boundaries of str as in Python 3.11 (Unicode 14).
words = ['straße', 'ﬁne ﬂow', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'aΣ', 'Σa', 'a\u0301Σ.', 'ǆemal ǅ ǅa', 'İstanbul ıi', 'ŉ ǰ ΐ', 'ᾳ ᾲ ῼ',
         "they're bill's", 'hello wORLD 3rd', 'ꭰꮜ ᏸ', 'Ａｂｃ', '𐐨𐐀', 'µ ſ K']
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()), w.istitle(), w.isupper(), w.islower())
for ch in ['²', '⅓', '一', '٣', '①', 'Ⅻ', '७', '½', '𝟘', 'ⅷ', '〇', '零', 'a', '_', ' ', '\x1c', '\x85', '\xa0', '\u200b', '\u2028', '\u3000', '\ufeff', 'ǅ', '\U0001f600', '\u0378', '\U000e0001']:
    print(hex(ord(ch)), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalpha(), ch.isalnum(), ch.isspace(),
          ch.isprintable(), ch.isidentifier(), ch.istitle(), ch.isascii())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i\r\nj\rk\nl'.splitlines())
print('x\r\ny\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'a\u2028'.splitlines(keepends=True))
print(' \t\x1c\u3000a \xa0b\u2003c\x85'.split(), '\u2000x\u2000'.strip(), 'ᵃb'.isidentifier(), '℘x'.isidentifier(), '1a'.isidentifier())
print(''.isascii(), ''.isprintable(), ''.isalpha(), 'ab\x80'.isascii(), 'Ab Cd'.istitle(), 'AB'.istitle(), 'ǅungla'.istitle())
