# memoryview: slicing, writes through to a bytearray, casts, comparisons, hashing and release.
data = bytearray(b'abcdef')
m = memoryview(data)
print(m.tolist(), m[1:4].tobytes(), m[::-1].tobytes(), m[::-1].strides, m.shape, m.strides, m.obj is data, m.c_contiguous, m.suboffsets)
h = m.cast('H')
print(h.tolist(), h[0], h.nbytes, h.itemsize, len(h), h.format, h == m, m == b'abcdef', m == bytearray(b'abcdef'), m != b'x')
h[1] = 0x4142
print(data, m.cast('c')[0], m.cast('b').tolist(), memoryview(b'\x00\x00\x80?').cast('f')[0], memoryview(b'ab').cast('?').tolist())
print(memoryview(b'\xff\xff\xff\xff').cast('i')[0], memoryview(b'\xff\xff\xff\xff').cast('I')[0], memoryview(b'\x01\x00\x00\x00\x00\x00\x00\x80').cast('q')[0])
print(m.toreadonly().readonly, m.hex(':'), list(m)[:2], 97 in m, bytes(m[::2]), hash(memoryview(b'ab')) == hash(b'ab'), bool(memoryview(b'')))
print(memoryview(b'abc').cast('B', (3,)).tolist(), memoryview(memoryview(b'abc')).tobytes(), memoryview(b'abc')[True])
sub = m[1:5]
sub[::2] = b'XY'
print(data, sub.tobytes(), str(b'x' + memoryview(b'y')), bytearray(b'a') + memoryview(b'b'))
r = memoryview(b'xy')
r.release()
r.release()
print(repr(r)[:17], r == r, r == memoryview(b'xy'), repr(m)[:10])
with memoryview(b'ctx') as c:
    print(c.tobytes())
def setitem(v, k, x):
    v[k] = x
for f in (lambda: setitem(m, 0, 256), lambda: setitem(m, 0, 'a'), lambda: setitem(m, 10, 1), lambda: setitem(m, slice(0, 2), b'xyz'),
          lambda: setitem(memoryview(b'ab'), 0, 1), lambda: m[10], lambda: m['a'], lambda: memoryview(5), lambda: memoryview('abc'),
          lambda: m.cast('I'), lambda: m.cast('x'), lambda: m.cast('H').cast('I'), lambda: m[::2].cast('B'), lambda: m < m,
          lambda: hash(m), lambda: setitem(h, 0, 70000), lambda: setitem(h, 0, 'x'), lambda: r[0], lambda: len(r), lambda: r.tobytes(),
          lambda: r.readonly, lambda: memoryview(b'ab') + b'c', lambda: memoryview(b'ab').count(97), lambda: c.tobytes(), lambda: c.released):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
