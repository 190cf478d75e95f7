# unicodedata's property functions on a spread of characters, in both databases.
import unicodedata

samples = ['a', 'Z', '5', '\u0660', '\u00bd', '\u2155', '\u00e9', '\u0301', '\u4e00', '\uac00', '\U0001f600',
           ' ', '\t', '\u3000', '(', ')', '\u05d0', '\u0627', '\ufb01', '\u2460', '\U0001d7ce', '\u0378',
           '\ue000', '\U00010000', '\u0221', '\u20ac', '\u00a0', '\u0f73', '\uff21', '\u2028']

for db in (unicodedata, unicodedata.ucd_3_2_0):
    print('==', db.unidata_version)
    for c in samples:
        print(ascii(c), db.category(c), repr(db.bidirectional(c)), db.combining(c), db.east_asian_width(c),
              db.mirrored(c), repr(db.decomposition(c)), db.decimal(c, None), db.digit(c, None),
              db.numeric(c, None), db.name(c, None))

print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
print(type(unicodedata.ucd_3_2_0).__name__, type(unicodedata.ucd_3_2_0).__module__, unicodedata.UCD.__qualname__)
print(unicodedata.category.__name__, unicodedata.category.__qualname__, unicodedata.category.__module__)
print(unicodedata.ucd_3_2_0.category.__qualname__)
print(unicodedata.__doc__.splitlines()[0])

# The numeric values of every character in a range, as one float each.
total = 0.0
count = 0
for cp in range(0x10000):
    v = unicodedata.numeric(chr(cp), None)
    if v is not None:
        total += v
        count += 1
print(count, total)
print(sum(1 for cp in range(0x30000) if unicodedata.category(chr(cp)) == 'Lo'))
print(sum(1 for cp in range(0x30000) if unicodedata.ucd_3_2_0.category(chr(cp)) == 'Cn'))
