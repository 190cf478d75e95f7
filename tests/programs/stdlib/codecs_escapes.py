# The escape codecs (unicode_escape, raw_unicode_escape, escape_encode/decode), punycode,
# charmap with every kind of mapping and EncodingMap, and the codec functions' argument errors.
import codecs
import _codecs


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


for text in ['plain', 'tab\t nl\n cr\r bs\\ q\' dq"', 'é\x7f\x80\xff', '\u20ac\uffff', '\U0001f600\U0010ffff', '\x00\x1f']:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        data = text.encode(enc)
        print(enc, repr(text), data, data.decode(enc) == text)

for data in [b'\\x41\\u00e9\\U0001F600', b'\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}', b'\\a\\b\\f\\n\\r\\t\\v\\\\\\\'\\"',
             b'\\101\\0', b'\xe9\\x', b'\\x4', b'\\u12', b'\\U00110000', b'\\N{NO SUCH}', b'\\N{', b'\\N',
             b'abc\\', b'\\x4g']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        print(data, errors, attempt(codecs.unicode_escape_decode, data, errors))
for data in [b'\\u00e9\\U0001F600', b'\\x41 \\n', b'\\u12', b'\\U00110000', b'\\\\u0041', b'\\', b'\xff']:
    print(data, attempt(codecs.raw_unicode_escape_decode, data), attempt(codecs.raw_unicode_escape_decode, data, 'replace'))
print(codecs.unicode_escape_decode('\\u00e9 str input'), codecs.raw_unicode_escape_decode('\\u00e9 str'))

# escape_encode/escape_decode: the bytes repr escapes
print(codecs.escape_encode(b'a\x00\t\n\r\\\'"\x7f\xff'), attempt(codecs.escape_encode, 'str'), attempt(codecs.escape_encode, bytearray(b'x')))
for data in [b'\\x41\\n\\101', b'\\x4', b'abc\\', '\\x41 str', b'\\\n']:
    print(data, attempt(codecs.escape_decode, data), attempt(codecs.escape_decode, data, 'replace'), attempt(codecs.escape_decode, data, 'ignore'))
print(attempt(codecs.escape_decode, b'\\x4', 'nosuch'))

# punycode
for text in ['bücher', 'München-Ost', 'abc', '', 'пример', '例え', 'ü' * 5, '3年B組金八先生']:
    data = text.encode('punycode')
    print(repr(text), data, data.decode('punycode') == text)
print(attempt(b'abc-9!'.decode, 'punycode'), attempt(b'\xff'.decode, 'punycode'), attempt(b'abc-9!'.decode, 'punycode', 'replace'))

# charmap with a str table, a dict, an EncodingMap, and errors
decoding_table = '\x00bc\ufffedef' + ''.join(chr(0x400 + i) for i in range(249))
encoding_map = codecs.charmap_build(decoding_table)
print(type(encoding_map).__name__, encoding_map.size(), attempt(codecs.charmap_build, 5))
print(codecs.charmap_decode(b'\x00\x01\x02\x04\x06', 'strict', decoding_table))
print(attempt(codecs.charmap_decode, b'\x03', 'strict', decoding_table), codecs.charmap_decode(b'\x03', 'replace', decoding_table))
print(codecs.charmap_encode('\x00bd\u0400', 'strict', encoding_map), attempt(codecs.charmap_encode, 'bcz', 'strict', encoding_map))
print(attempt(codecs.charmap_encode, 'bcz€', 'replace', encoding_map), codecs.charmap_build('abc'), codecs.charmap_encode('bz', 'replace', codecs.charmap_build('abc?')), codecs.charmap_encode('az', 'xmlcharrefreplace', {ord('a'): 1, ord('&'): 2, ord('#'): 3, ord(';'): 4, ord('1'): 5, ord('2'): 6}))
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', {0: 'x', 1: 0x263a, 2: 'yz'}), codecs.charmap_decode(b'\x00\x01', 'replace', {0: None}))
print(attempt(codecs.charmap_decode, b'\x00', 'strict', {0: 0x110000}), attempt(codecs.charmap_decode, b'\x00', 'strict', {0: 1.5}))
print(codecs.charmap_encode('ab', 'strict', {ord('a'): b'AA', ord('b'): 66}), attempt(codecs.charmap_encode, 'a', 'strict', {97: 300}))
print(attempt(codecs.charmap_encode, 'a', 'strict', {97: 'x'}), codecs.charmap_encode('a', 'ignore', {}), codecs.charmap_decode(b'ab'))
print(codecs.charmap_encode('ab'), attempt(codecs.charmap_encode, 'ĀA'), codecs.charmap_decode(b'\x00\xff', None, None))

# argument checking of the codec functions
print(attempt(codecs.utf_8_decode, 'str'), attempt(codecs.utf_8_encode, b'b'), attempt(codecs.utf_8_decode))
print(attempt(codecs.utf_16_encode, 'x', None, 'little'), attempt(codecs.latin_1_decode, 5), attempt(codecs.ascii_decode, b'x', 5))
print(codecs.utf_8_decode(bytearray(b'\xc3\xa9')), codecs.utf_8_decode(memoryview(b'ab')), codecs.latin_1_decode(bytearray(b'\xff')))
print(codecs.utf_16_encode('a', None, -1), codecs.utf_16_encode('a', None, 1), codecs.utf_32_encode('a', None, 0))
print(codecs.utf_7_encode('a+b€'), codecs.readbuffer_encode(b'ab'), codecs.readbuffer_encode('é'))
print(_codecs.utf_8_decode.__text_signature__, _codecs.charmap_encode.__text_signature__, _codecs.lookup.__text_signature__)
print(attempt(codecs.utf_8_decode, b'x', None, True, 4), attempt(lambda: _codecs.encode('x', foo=1)))
