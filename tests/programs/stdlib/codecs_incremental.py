# Incremental decoders fed one byte at a time, incremental encoders, their state, and the
# StreamReader/StreamWriter classes over BytesIO, for stateful and stateless codecs.
import codecs
import io

TEXT = 'aé€😀\nLine 2 ☺ +-\r\nend'
ENCODINGS = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
             'utf-7', 'unicode_escape', 'raw_unicode_escape', 'latin-1', 'cp1252']

for enc in ENCODINGS:
    text = TEXT if enc not in ('latin-1', 'cp1252') else 'aé\nLine 2\r\nend'
    data = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print(enc, ''.join(parts) == text, sum(1 for p in parts if p), len(data))
    enc_ = codecs.getincrementalencoder(enc)()
    out = b''.join(enc_.encode(ch) for ch in text) + enc_.encode('', final=True)
    print('  encoder', out == data, out[:12])
    print('  iterdecode', ''.join(codecs.iterdecode([data[i:i + 3] for i in range(0, len(data), 3)], enc)) == text)
    print('  iterencode', b''.join(codecs.iterencode(iter(text), enc)) == data)

# partial input stays in the decoder until more comes or final=True
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2')), repr(dec.decode(b'\x82')), dec.getstate(), repr(dec.decode(b'\xac')))
print(repr(dec.decode(b'\xf0\x9f')), dec.getstate())
try:
    dec.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('final:', e)
dec.reset()
print(dec.getstate(), repr(dec.decode(b'ok')))
dec = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(dec.decode(b'a\xe2\x82')), repr(dec.decode(b'b')), repr(dec.decode(b'\xf0', True)))

dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xff')), repr(dec.decode(b'\xfe')), repr(dec.decode(b'a')), repr(dec.decode(b'\x00')))
print(repr(dec.decode(b'\x3d\xd8')), repr(dec.decode(b'\x00\xde')))
try:
    dec.decode(b'\x3d\xd8', final=True)
except UnicodeDecodeError as e:
    print('utf-16 final:', e)

enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
enc.reset()
print(enc.encode('c'))
enc = codecs.getincrementalencoder('utf-8-sig')()
print(enc.encode('a'), enc.encode('b'))

dec = codecs.getincrementaldecoder('utf-7')()
print([dec.decode(bytes([b])) for b in b'a+AOk-b+2D3eAA-'], repr(dec.decode(b'', True)))
dec = codecs.getincrementaldecoder('utf-32')()
print([dec.decode(bytes([b])) for b in '\ufeffé'.encode('utf-32-be')])

# the codec functions' final argument and the consumed counts
print(codecs.utf_8_decode(b'ab\xe2\x82', None, False), codecs.utf_8_decode(b'ab\xe2\x82', 'replace', True))
print(codecs.utf_16_decode(b'\xff\xfea\x00b', None, False), codecs.utf_16_ex_decode(b'\xfe\xff\x00a', None, 0, False))
print(codecs.utf_16_ex_decode(b'a\x00', None, 0, True), codecs.utf_16_ex_decode(b'a\x00', None, 1, True))
print(codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b', None, 0, False))
print(codecs.utf_7_decode(b'a+AOk', None, False), codecs.utf_7_decode(b'a+AOk', None, True))
print(codecs.unicode_escape_decode(b'a\\u00e', None, False), codecs.unicode_escape_decode(b'a\\', None, False))
print(codecs.raw_unicode_escape_decode(b'a\\u00e', None, False))

# StreamReader and StreamWriter
for enc in ['utf-8', 'utf-16', 'cp1252', 'utf-7', 'utf-8-sig']:
    text = 'first é line\nsecond\r\nthird'
    stream = io.BytesIO()
    writer = codecs.getwriter(enc)(stream)
    writer.write(text[:5])
    writer.writelines([text[5:12], text[12:]])
    data = stream.getvalue()
    print(enc, data == text.encode(enc))
    reader = codecs.getreader(enc)(io.BytesIO(data))
    print('  ', reader.readline(), reader.readline(keepends=False), reader.read(), repr(reader.read()))
    reader = codecs.getreader(enc)(io.BytesIO(data))
    print('  ', reader.readlines())
    reader = codecs.getreader(enc)(io.BytesIO(data))
    print('  ', [reader.read(3) for _ in range(4)], list(reader))

pair = codecs.StreamReaderWriter(io.BytesIO('é\nx'.encode('utf-8')), codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
print(pair.read(), pair.encoding if hasattr(pair, 'encoding') else None)
recoder = codecs.EncodedFile(io.BytesIO('é'.encode('latin-1')), 'utf-8', 'latin-1')
print(recoder.read())
buf = io.BytesIO()
recoder = codecs.EncodedFile(buf, 'utf-8', 'latin-1')
recoder.write('é€'.encode('utf-8')[:2])
print(buf.getvalue())

# text files over the registry's codecs
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding='koi8_r', newline='')
w.write('Привет\n')
w.flush()
print(raw.getvalue(), w.encoding)
print(io.TextIOWrapper(io.BytesIO(raw.getvalue()), encoding='koi8_r').read())
print(io.TextIOWrapper(io.BytesIO('x€\ny'.encode('utf-16')), encoding='utf-16').readlines())
print(io.TextIOWrapper(io.BytesIO(b'a\x81b'), encoding='cp1252', errors='replace').read())
try:
    io.TextIOWrapper(io.BytesIO(), encoding='rot13')
except LookupError as e:
    print(e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding='nosuch')
except LookupError as e:
    print(e)
