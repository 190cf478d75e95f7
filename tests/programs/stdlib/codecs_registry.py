# The codec registry: lookup and CodecInfo, search functions registered from Python, unregister,
# name normalisation, unknown and non-text encodings, and codecs.encode/decode with the
# bytes-to-bytes and str-to-str codecs (rot_13, hex, base64, quopri, uu, zlib).
import codecs
import _codecs


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


info = codecs.lookup('utf-8')
print(repr(info).split(' at ')[0], type(info).__mro__[1], info.name, info.encode('é'), info.decode(b'\xc3\xa9'))
print(info.incrementalencoder, info.incrementaldecoder, info.streamreader, info.streamwriter)
print(codecs.lookup('UTF-8') is info, codecs.lookup('utf8') is info, isinstance(info, tuple), len(info))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('latin-1')(b'\xe9'))

for name in ['nosuch', '', 'utf-8\x00', 'rot13', 'hex', 'zlib', 'quopri', 'uu']:
    print(repr(name), attempt(lambda n: codecs.lookup(n).name, name))
print(attempt(codecs.lookup, 5), attempt(codecs.lookup), attempt(_codecs.lookup, 'x', 'y'))
print(attempt('x'.encode, 'nosuch'), attempt(b'x'.decode, 'nosuch'), attempt(str, b'x', 'nosuch'))
print(attempt('x'.encode, 'rot13'), attempt(b'x'.decode, 'hex'), attempt(str, b'x', 'quopri'))
print(attempt('x'.encode, 5), attempt('x'.encode, 'utf-8', 5), attempt(b'x'.decode, errors=[]))
print(attempt('x'.encode, 'utf-8\x00'), attempt(codecs.encode, 'x', 'utf-8', 'str\x00ict'))

# codecs.encode/decode with any codec
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'), codecs.encode('abc', 'rot-13'))
print(codecs.encode(b'\x00\xffab', 'hex'), codecs.decode(b'00ff6162', 'hex_codec'), codecs.decode('00ff', 'hex'))
print(codecs.encode(b'caf\xe9 = 1', 'quopri'), codecs.decode(b'caf=E9', 'quopri_codec'))
print(codecs.decode(codecs.encode(b'some data ' * 20, 'zlib'), 'zlib') == b'some data ' * 20)
print(codecs.encode(b'uu data', 'uu'), codecs.decode(codecs.encode(b'uu data', 'uu'), 'uu'))
print(attempt(codecs.encode, 'text', 'hex'), attempt(codecs.decode, b'zz', 'hex'))
print(attempt(codecs.encode, b'x', 'utf-8'), attempt(codecs.decode, 'x', 'utf-8'), attempt(codecs.encode, 'x', 'nosuch'))
print(codecs.encode('é', 'utf-8'), codecs.decode(b'\xe9', 'latin-1'), codecs.encode('é', encoding='cp1252', errors='strict'))
print(codecs.encode(obj='x'), codecs.decode(obj=b'x'), attempt(codecs.decode, b'\xff'), attempt(codecs.decode, b'\xff', 'ascii'))
print(codecs.decode(b'\xff', 'ascii', 'replace'), codecs.decode(memoryview(b'ab'), 'utf-16-le'))


# search functions written in Python
def search(name):
    if name == 'test_reverse':
        return codecs.CodecInfo(name='test-reverse',
                                encode=lambda s, errors='strict': (s[::-1].encode('ascii', errors), len(s)),
                                decode=lambda b, errors='strict': (bytes(b)[::-1].decode('ascii', errors), len(b)))
    if name == 'test_tuple':
        return (lambda s, e='strict': (b'T', len(s)), lambda b, e='strict': ('t', len(b)), None, None)
    if name == 'test_bad':
        return 42
    if name == 'test_badresult':
        return codecs.CodecInfo(lambda s, e='strict': 'notatuple', lambda b, e='strict': ('x', 1, 2), name='test-badresult')
    if name.startswith('test_fail_'):
        exc = FAILURES[name[10:]]
        def fail(*args):
            raise exc
        return codecs.CodecInfo(fail, fail, name=name)
    if name == 'test_raise':
        raise RuntimeError('search failed')
    return None


class PlainError(Exception):
    pass


class InitError(Exception):
    def __init__(self, *args):
        super().__init__(*args)


FAILURES = {'value': ValueError('bad value'), 'type': TypeError(), 'two': ValueError('a', 'b'), 'int': ValueError(3),
            'plain': PlainError('plain'), 'init': InitError('init'), 'os': OSError(2, 'gone'),
            'key': KeyError('k'), 'runtime': RuntimeError('r'), 'unicode': UnicodeError('u')}
codecs.register(search)
for kind in FAILURES:
    for call in [lambda: 'x'.encode('test_fail_' + kind), lambda: codecs.decode(b'x', 'test_fail_' + kind)]:
        try:
            call()
        except Exception as e:
            print(kind, type(e).__name__, e, repr(e.__cause__))
print('abc'.encode('test_reverse'), b'xyz'.decode('test-reverse'), codecs.lookup('Test Reverse').name)
print(len(codecs.lookup('test_tuple')), 'x'.encode('test_tuple'), b'x'.decode('test_tuple'))
print(attempt(codecs.lookup, 'test_bad'), attempt(codecs.lookup, 'test_raise'))
print(attempt('x'.encode, 'test_badresult'), attempt(b'x'.decode, 'test_badresult'))
print(attempt(codecs.encode, 'x', 'test_badresult'), attempt(codecs.decode, b'x', 'test_badresult'))
print(attempt(codecs.register, 5), attempt(codecs.register, 'str'))
codecs.unregister(search)
print(attempt(codecs.lookup, 'test_other'), attempt('abc'.encode, 'test_reverse'))
codecs.unregister(search)


def seen(name):
    print('searching', repr(name))
    return None


codecs.register(seen)
for name in ['Some-Name', 'some name', 'UPPER.case', 'x\xe9']:
    print(attempt(codecs.lookup, name))
codecs.unregister(seen)

print(codecs.CodecInfo.__name__, codecs.Codec, codecs.BufferedIncrementalDecoder.__name__)
print(sorted(name for name in dir(_codecs) if not name.startswith('_'))[:12])
