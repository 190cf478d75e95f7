b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.title(), b.split(b','), b.strip().partition(b', '))
print(b'abc'.startswith(b'a'), b'a-b'.replace(b'-', b'+'), b'x' * 3, b'%s=%d' % (b'k', 5), b'abc'.index(b'c'), bytes.maketrans(b'ab', b'xy')[97:99])
print(b'abc'.translate(bytes.maketrans(b'ab', b'xy')), b'a,b,,c'.split(b','), b''.join([b'p', bytearray(b'q')]), b'123'.zfill(5))
print(b'\x00\x01'.hex(), bytes.fromhex('ff00'), b'AbC'.swapcase(), b'abc'[1], b'abc'[1:2], list(reversed(b'ab')), b'ab' in b'cabd')
