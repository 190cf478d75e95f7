# array: the buffer protocol (memoryview reads and writes the array, struct and bytes take it,
# binascii and zlib accept it) and __sizeof__ following CPython's allocation.
import array
import binascii
import struct
import zlib

A = array.array
m = memoryview(A("i", [1, 2, 3]))
print(m.format, m.itemsize, m.nbytes, len(m), m[1], m.tolist(), m.tobytes(), m.readonly, m.ndim, m.shape, m.strides)
arr = A("h", [1, 2, 3])
view = memoryview(arr)
view[0] = 100
print(arr, view[0], view[1:].tolist())
arr[1] = -5
print(view.tolist())
print(memoryview(A("d", [1.5])).tolist(), memoryview(A("u", "ab")).format, memoryview(A("B", [1, 2])).cast("b").tolist(),
      memoryview(A("L", [2**64 - 1])).tolist(), memoryview(A("f", [0.5])).tolist())
print(bytes(A("h", [1, 256])), bytearray(A("B", [65, 66])), A("B", [104, 105]).tobytes().decode())
target = A("b", [0] * 4)
struct.pack_into("<i", target, 0, 258)
print(target, struct.unpack("<h", A("b", [1, 2])), struct.unpack_from("<b", A("b", [7, 8]), 1))
print(binascii.hexlify(A("H", [0x1234])), binascii.crc32(A("i", [1])), zlib.crc32(A("B", [1, 2, 3])),
      zlib.decompress(zlib.compress(A("i", [5, 6]))) == A("i", [5, 6]).tobytes())

for code in "bhid":
    a = A(code)
    sizes = [a.__sizeof__()]
    for i in range(40):
        a.append(i)
        sizes.append(a.__sizeof__())
    for i in range(30):
        a.pop()
        sizes.append(a.__sizeof__())
    del a[:5]
    sizes.append(a.__sizeof__())
    a.extend(range(50))
    sizes.append(a.__sizeof__())
    a.frombytes(bytes(a.itemsize * 3))
    sizes.append(a.__sizeof__())
    a.insert(0, 1)
    sizes.append(a.__sizeof__())
    a *= 3
    sizes.append(a.__sizeof__())
    a[2:40] = A(code)
    sizes.append(a.__sizeof__())
    a[2:3] = A(code, range(30))
    sizes.append(a.__sizeof__())
    del a[::2]
    sizes.append(a.__sizeof__())
    a *= 0
    sizes.append(a.__sizeof__())
    print(code, sizes)
    print(A(code, b"\x00" * 8).__sizeof__(), A(code, range(5)).__sizeof__(), A(code, [1, 2]).__sizeof__(),
          A(code, A(code, [1])).__sizeof__(), A(code, [1, 2])[:1].__sizeof__())
print(A("u", "abc").__sizeof__())
