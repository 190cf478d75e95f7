# The 8-bit charmap codecs over every byte, the BOMs of the UTF codecs, encoding names and
# aliases as str.encode, bytes.decode and codecs.lookup take them, and str(bytes, encoding).
import codecs
import encodings.aliases

# every byte of each 8-bit charmap codec decodes and re-encodes to itself where it is mapped
for name in ['cp1252', 'cp437', 'koi8_r', 'mac_roman', 'iso8859_2', 'iso8859_7', 'cp500', 'cp1251']:
    text = bytes(range(256)).decode(name, 'replace')
    mapped = bytes(b for b in range(256) if bytes([b]).decode(name, 'replace') != '\ufffd')
    print(name, len(mapped), mapped.decode(name).encode(name) == mapped, hash(text) is not None)

# BOMs
for name in ['utf-16', 'utf-32', 'utf-8-sig']:
    data = 'ab'.encode(name)
    print(name, data, data.decode(name), codecs.decode(data, name))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(b'\xff\xfea\x00b\x00'.decode('utf-16'), b'\xfe\xff\x00a\x00b'.decode('utf-16'), b'a\x00b\x00'.decode('utf-16'))
print(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'), b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8'))

# aliases and spellings of names
for alias in ['UTF8', 'utf-8', 'U8', 'Latin-1', 'latin1', 'L1', 'iso-8859-1', 'ISO_8859-1', 'cp65001',
              'windows-1252', 'IBM437', '437', 'koi8-r', 'macroman', 'MacRoman', 'us-ascii', 'ANSI_X3.4-1968',
              'utf-16le', 'UTF-32BE', 'ebcdic-cp-us', 'greek', 'cyrillic', 'hebrew', 'arabic', 'latin2',
              'utf_8', 'UTF 8', 'u.t.f-8']:
    try:
        print(repr(alias), codecs.lookup(alias).name, 'é'.encode(alias, 'replace'))
    except LookupError as e:
        print(repr(alias), 'LookupError', e)
print(len(encodings.aliases.aliases) > 300)

# str(bytes, encoding), bytearray and memoryview inputs
print(str(b'caf\xe9', 'cp1252'), str(bytearray(b'\xc3\xa9'), 'utf-8'), str(memoryview(b'\x8a'), 'koi8_r'))
print(bytearray('é€', 'cp1252'), bytes('ж', 'koi8_r'), codecs.encode('ж', 'cp866'), codecs.decode(b'\xa6', 'cp866'))
print('é'.encode(encoding='mac_roman'), b'\x8e'.decode(encoding='mac_roman', errors='strict'))
