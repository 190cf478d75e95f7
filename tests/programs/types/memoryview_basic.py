data = bytearray(b'0123456789')
m = memoryview(data)
print(len(m), m[2], bytes(m[2:5]), m[::3].tobytes(), m.obj is data, m.contiguous, m.ndim, m.shape, m.strides)
m[0:2] = b'ab'
print(data)
sub = m[5:]
sub[0] = ord('X')
print(data, sub.tolist())
print(m.hex(), bytes(m) == bytes(data), m == data)
with memoryview(b'ctx') as mm:
    print(mm.tobytes())
try:
    m[0:2] = b'xyz'
except ValueError as e:
    print(e)
