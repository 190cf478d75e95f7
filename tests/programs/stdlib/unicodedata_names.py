# Character names both ways: name(), lookup() with aliases and named sequences, and \N{...}.
import unicodedata

for c in ['a', '\u00e9', '\uac00', '\ud7a3', '\u4e00', '\U00020000', '\U0002a6df', '\U0001f600', '\x00', '\x7f',
          '\u0378', '\ue000', '\U000e0100', '\ufeff', '\u1f00', '\U00018b00', '\U00017000']:
    print(ascii(c), unicodedata.name(c, '-'), unicodedata.ucd_3_2_0.name(c, '-'))

names = ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'EURO SIGN', 'HANGUL SYLLABLE GA',
         'hangul syllable ga', 'CJK UNIFIED IDEOGRAPH-4E00', 'cjk unified ideograph-4e00',
         'CJK UNIFIED IDEOGRAPH-2A6DF', 'LINE FEED', 'line feed', 'BOM', 'NBSP', 'VS1', 'VS256', 'VS257',
         'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN', 'NOT A NAME', '', ' SPACE',
         'SPACE ', 'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'a' * 300,
         'LATIN SMALL LETTER A\0B', 'GRINNING FACE', 'grinning face']
for name in names:
    for db in (unicodedata, unicodedata.ucd_3_2_0):
        try:
            print(repr(name[:40]), ascii(db.lookup(name)))
        except KeyError as e:
            print(repr(name[:40]), 'KeyError', e)

print(ascii(unicodedata.lookup(b'LATIN SMALL LETTER B')))
for bad in [bytearray(b'A'), memoryview(b'A'), 1, None, '\ud800']:
    try:
        unicodedata.lookup(bad)
    except Exception as e:
        print(type(e).__name__, e)

print(ascii('\N{EURO SIGN}\N{euro sign}\N{LINE FEED}\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{VS16}'))
print(ascii(b'\\N{EURO SIGN}'.decode('unicode_escape')))
for src in ['"\\N{NOT A NAME}"', '"\\N{hangul syllable ga}"', '"\\N{KEYCAP NUMBER SIGN}"', '"\\N{}"', '"\\N"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)

# Every assigned name looks up to its character.
bad = 0
for cp in range(0x20000):
    n = unicodedata.name(chr(cp), None)
    if n is not None and unicodedata.lookup(n) != chr(cp):
        bad += 1
print('mismatches', bad)
