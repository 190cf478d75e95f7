m = memoryview(b'abcdef')
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.readonly, m.nbytes, m.itemsize, m.format)
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = ord('X')
print(ba, mv.readonly)
try:
    m[0] = 1
except TypeError as e:
    print(e)
print(m == b'abcdef', bytes(m[::2]))
mv.release()
try:
    mv[0]
except ValueError as e:
    print(e)
