# Codecs whose Lib modules need re: idna (with stringprep over unicodedata.ucd_3_2_0 and
# punycode), base64_codec; and the encodings.idna helpers.
import codecs
import encodings.idna
import stringprep


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


for name in ['bücher.example', 'München.de', 'пример.испытание', '例え.テスト', 'example.com.', 'ABC.Example',
             'straße.de', 'xn--bcher-kva.example', 'a' * 64 + '.com', '', '.', 'a..b', 'ﬁ.com', 'x\u200by.org']:
    data = attempt(name.encode, 'idna')
    print(repr(name), data)
for data in [b'xn--bcher-kva.example', b'xn--e1afmkfd.xn--80akhbyknj4f', b'EXAMPLE.com', b'xn--zz!.com', b'\xff.com',
             b'xn--mnchen-3ya.de.']:
    print(data, attempt(data.decode, 'idna'))
print(encodings.idna.nameprep('ÄB\u00adc'), encodings.idna.ToASCII('bücher'), encodings.idna.ToUnicode(b'xn--bcher-kva'))
print(attempt(encodings.idna.ToASCII, 'a' * 64), attempt(encodings.idna.nameprep, '\u0221'))
dec = codecs.getincrementaldecoder('idna')()
print([dec.decode(bytes([b])) for b in b'xn--bcher-kva.example.'], dec.decode(b'', True))
enc = codecs.getincrementalencoder('idna')()
print([enc.encode(c) for c in 'bücher.de'], enc.encode('', True))
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('ß'), stringprep.in_table_c12('\u3000'))
print(stringprep.in_table_d1('\u05d0'), stringprep.in_table_d2('a'), stringprep.map_table_b3('Ä'))

print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8gd29ybGQ=\n', 'base64'))
print(codecs.encode(b'x' * 100, 'base64_codec').count(b'\n'), codecs.lookup('base64').name, codecs.lookup('base-64').name)
print(attempt(codecs.decode, b'aGVsbG8', 'base64'), attempt(b'x'.decode, 'base64'))
enc = codecs.getincrementalencoder('base64')()
print(enc.encode(b'abc'), enc.encode(b'def', True))
