# The escape decoders keep escapes Python does not know and octal ones above 0o377, with a
# DeprecationWarning for the first of them, attributed to the caller's line.
import codecs
import warnings

for data in [b'\\101\\0\\777', b'\\q\\8', b'ok\\d', b'\\400\\q']:
    print(data, codecs.unicode_escape_decode(data), codecs.escape_decode(data))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        codecs.unicode_escape_decode(data)
        codecs.escape_decode(data)
        data.decode('unicode_escape')
    print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        codecs.escape_decode(b'\\z')
    except DeprecationWarning as e:
        print('error:', e)
