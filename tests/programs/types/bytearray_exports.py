ba = bytearray(b'abc')
m = memoryview(ba)
for f in (lambda: ba.append(1), lambda: ba.extend(b'xy'), lambda: ba.pop(), lambda: ba.clear(),
          lambda: ba.__delitem__(0), lambda: ba.insert(0, 1), lambda: ba.__iadd__(b'z')):
    try:
        f()
    except BufferError as e:
        print('BufferError', e)
ba[0] = ord('A')          # same size: allowed
ba[1:2] = b'B'
ba.reverse()
print(ba, bytes(m))
m.release()
ba.append(100)
print(ba)
with memoryview(ba) as m2:
    try:
        ba += b'!'
    except BufferError as e:
        print('BufferError', e)
ba += b'!'
print(ba)
