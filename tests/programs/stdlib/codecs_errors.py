# Error handlers: every built-in one on encoding and decoding through several codecs, the
# exceptions' messages and attributes, handlers written in Python, and lookup_error/register_error.
import codecs

HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass']


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


for enc in ['ascii', 'latin-1', 'utf-8', 'cp1252', 'koi8_r', 'utf-16-le', 'utf-32-be', 'iso8859_5', 'mac_roman']:
    for errors in HANDLERS:
        for text in ['aé€b', 'x\udcff\udc80y', 'a\ud800b', '\U0001f600!', '\x00\t\u0394\u00ff']:
            print(enc, errors, repr(text), attempt(str.encode, text, enc, errors))

for enc in ['ascii', 'utf-8', 'cp1252', 'koi8_r', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-7', 'cp437', 'iso8859_3']:
    for errors in HANDLERS:
        for data in [b'a\xff\x81b', b'\xed\xa0\x80x', b'\xc3', b'\x00\xd8\x00\xdc', b'\xe2\x82', b'+AGEA-',
                     b'\xa5\xae', b'\x00\xd8a\x00']:
            print(enc, errors, data, attempt(bytes.decode, data, enc, errors))

# the exceptions and their attributes
for f, args in [(str.encode, ('aé€b', 'ascii')), (str.encode, ('\udc80', 'utf-8')), (bytes.decode, (b'ab\xff', 'utf-8')),
                (bytes.decode, (b'\xc3', 'utf-8')), (bytes.decode, (b'\x81', 'cp1252')), (str.encode, ('€', 'latin-1')),
                (str.encode, ('\u20ac\u20ac\u20ac', 'iso8859_5')), (bytes.decode, (b'\x80\x80\x80', 'ascii')),
                (bytes.decode, (b'a\x00\x00', 'utf-16-le')), (bytes.decode, (b'\x00\xd8', 'utf-16-le')),
                (bytes.decode, (b'\x00\x00\x11\x00', 'utf-32-le')), (bytes.decode, (b'+\xff', 'utf-7'))]:
    try:
        f(*args)
    except UnicodeError as e:
        print(type(e).__name__, '|', e, '|', e.encoding, e.start, e.end, repr(e.object), e.reason, e.args)

# the exception types themselves
e = UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')
print(e, e.args, e.start, e.end)
e.start, e.end, e.reason = 0, 2, 'custom'
print(e)
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte'))
print(UnicodeDecodeError('utf-8', bytearray(b'\xff\xfe'), 0, 2, 'bad'))
print(UnicodeTranslateError('\u20ac', 0, 1, 'no mapping'))
print(attempt(UnicodeEncodeError, 'ascii', b'x', 0, 1, 'r'), attempt(UnicodeDecodeError, 'ascii', 'x', 0, 1, 'r'))

# the handlers called directly
for name in HANDLERS:
    handler = codecs.lookup_error(name)
    for exc in [UnicodeEncodeError('ascii', 'aé\udc80€', 1, 3, 'r'), UnicodeDecodeError('ascii', b'a\xe9\x80b', 1, 3, 'r'),
                UnicodeTranslateError('aé\udc80', 1, 3, 'r')]:
        print(name, type(exc).__name__, attempt(handler, exc))
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors)
print(attempt(codecs.lookup_error, 'nosuch'), attempt(codecs.strict_errors, 'x'), attempt(codecs.replace_errors, 5))
print(attempt(codecs.lookup_error, 'a\0b'), attempt(codecs.register_error, 'x', 5))


# handlers in Python
def skip_one(exc):
    return ('<%s>' % exc.object[exc.start:exc.end], exc.end)


def bad_result(exc):
    return 'nope'


def far(exc):
    return ('', 100)


def negative(exc):
    return ('#', -1)


def as_bytes(exc):
    return (b'!!', exc.end)


codecs.register_error('test.skip', skip_one)
codecs.register_error('test.bad', bad_result)
codecs.register_error('test.far', far)
codecs.register_error('test.negative', negative)
codecs.register_error('test.bytes', as_bytes)
print(codecs.lookup_error('test.skip') is skip_one)
for errors in ['test.skip', 'test.bad', 'test.far', 'test.negative', 'test.bytes']:
    print(errors, attempt(str.encode, 'aé€b', 'ascii', errors), attempt(bytes.decode, b'a\xff\xfeb', 'utf-8', errors),
          attempt(str.encode, 'aé€b', 'cp1252', errors), attempt(bytes.decode, b'a\x81b', 'cp1252', errors))
print(attempt(str.encode, 'é', 'ascii', 'test.nosuch'), attempt(b'\xff'.decode, 'utf-8', 'test.nosuch'))
print(attempt(str.encode, 'abc', 'ascii', 'test.nosuch'), attempt(b'abc'.decode, 'utf-8', 'test.nosuch'))

# errors given to the codec functions themselves
print(codecs.utf_8_decode(b'a\xffb', 'replace'), codecs.ascii_encode('aé', 'xmlcharrefreplace'))
print(codecs.latin_1_encode('a€', 'namereplace'), codecs.charmap_decode(b'a\xff', 'backslashreplace', 'ab'))
print(codecs.utf_16_le_encode('\ud800', 'surrogatepass'), codecs.utf_16_le_decode(b'\x00\xd8', 'surrogatepass', True))
print(codecs.utf_32_be_encode('\udcff', 'surrogatepass'), codecs.utf_32_be_decode(b'\x00\x00\xdc\xff', 'surrogatepass'))
print(codecs.utf_8_encode('\udcff', 'surrogateescape'), attempt(codecs.utf_8_encode, '\ud800', 'surrogateescape'))
print(b'\xff\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print('x\udcc3\udca9'.encode('ascii', 'surrogateescape'), '\U0001d11e\x7f\x80'.encode('ascii', 'namereplace'))
print('\U0001d11e\x7f\x80\uffff'.encode('ascii', 'backslashreplace'), '\U0001d11e'.encode('ascii', 'xmlcharrefreplace'))
print(b'\x80\xff'.decode('ascii', 'backslashreplace'), attempt(b'\x80'.decode, 'ascii', 'xmlcharrefreplace'))
