ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.insert(1, 33)
ba.remove(ord('Z'))
print(ba, ba.find(b'X'), ba.upper(), bytes(ba), ba == bytes(ba), ba.decode())
del ba[0]
del ba[::2]
print(ba, ba * 2, ba + b'!', bytearray(3), bytearray([1, 2]), bytearray('hi', 'ascii'))
ba2 = bytearray(b'xyz')
ba2.reverse()
ba2 += b'!'
print(ba2, ba2.hex(), ba2.copy(), ba2.count(b'x'))
ba2.clear()
print(ba2)
for f in (lambda: ba.append(256), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: hash(ba)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
