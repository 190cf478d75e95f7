# struct: every format character in every byte order, native sizes and alignment (Linux x86_64),
# standard sizes, round trips and calcsize.
import struct

def show(fmt, *values):
    packed = struct.pack(fmt, *values)
    print(repr(fmt), struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed))

for order in "@=<>!":
    show(order + "bBhHiI", -1, 255, -2, 65535, -3, 4294967295)
    show(order + "lLqQ", -4, 2**32 - 1 if order != "@" else 2**64 - 1, -5, 2**64 - 1)
    show(order + "?c3s3pe", True, b"x", b"abc", b"de", 1.5)
    show(order + "fd", 0.1, 0.1)
show("@nNP", -1, 2**64 - 1, 2**63)
show("xbxh", 1, 2)

# Native alignment pads each item to its own size; the standard modes never pad.
for fmt in ["ci", "ic", "c0i", "cq", "c?", "ce", "cP", "cN", "bh", "bd", "hd", "=ci", "<cq", "3s i", "@e?xcbhilqnNPfdsp",
            "=e?xcbhilqfdsp", "<5s3p", "0s0p0x", "4x", "xxxh", "", "i\n", " i  h "]:
    print(repr(fmt), struct.calcsize(fmt))

# Repeat counts: s and p take one value of that length, x is padding, the others repeat.
show("<3i", 1, 2, 3)
show("<2x2h", 7, 8)
print(struct.unpack("<0s", b""), struct.pack("<0p", b"abc"), struct.pack("<1p", b"abc"))
print(struct.pack("5p", b"abcdefgh"), struct.unpack("5p", b"\x09abcd"), struct.unpack("3p", b"\x00ab"))
print(struct.pack("300p", b"a" * 300)[:3], struct.pack("3s", b"abcdef"), struct.pack("3s", b"a"))
print(struct.pack("s", bytearray(b"xy")), struct.pack("2p", bytearray(b"xy")))
print(struct.unpack("3c", b"abc"), struct.unpack("x?xx", b"\x00\x05\x00\x00"), struct.pack("?", []), struct.pack("?", "x"))
print(struct.pack(b"<h", 1), struct.unpack(b"<h", b"\x01\x00"))

# Integers: bools and objects with __index__ pack as ints.
class Seven:
    def __index__(self):
        return 7

print(struct.pack("<q", True), struct.pack("b", Seven()), struct.pack(">Q", Seven()), struct.pack("f", Seven()))
print(struct.unpack("<qQ", b"\xff" * 16), struct.unpack(">qQ", b"\x80" + b"\x00" * 7 + b"\xff" * 8))
print(struct.unpack("P", b"\xff" * 8), struct.unpack("n", b"\xff" * 8), struct.unpack("N", b"\xff" * 8))
