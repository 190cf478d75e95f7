# normalize and is_normalized in the four forms, both databases, and the argument errors.
import unicodedata

texts = ['', 'abc', 'e\u0301', '\u00e9', '\ufb01', '\u1e9b\u0323', '\uac00', '\u1100\u1161\u11a8', '\u2126',
         'A\u030a\u0301', '\u00c5\u0301', '\u0958', '\u2460', '\U0001d400', 'ḍ̇', 'q̣̇',
         '\u03d3', '\u0344', '\u0f73', 'Stra\u00dfe', '\uf900', '\u2f800'[:1], '\U0002f800', '\u1e0a\u0323']
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for t in texts:
        for db in (unicodedata, unicodedata.ucd_3_2_0):
            r = db.normalize(form, t)
            print(form, ascii(t), ascii(r), db.is_normalized(form, t), db.is_normalized(form, r))


class S(str):
    pass


s = S('abc')
print(type(unicodedata.normalize('NFC', s)).__name__, unicodedata.normalize('NFC', s) is s)
print(type(unicodedata.normalize('NFD', S('\u00e9'))).__name__)

for args in [('NFX', 'a'), (1, 'a'), ('NFC', 1), ('NFC',), (), ('nfc', 'a'), ('NFX', 1)]:
    for f in (unicodedata.normalize, unicodedata.is_normalized, unicodedata.ucd_3_2_0.normalize):
        try:
            f(*args)
        except Exception as e:
            print(f.__name__, args, type(e).__name__, e)

# Round trips: NFD then NFC gives NFC, for every BMP character.
diff = 0
for cp in range(0xac00):
    c = chr(cp)
    if unicodedata.normalize('NFC', unicodedata.normalize('NFD', c)) != unicodedata.normalize('NFC', c):
        diff += 1
print('diff', diff)
