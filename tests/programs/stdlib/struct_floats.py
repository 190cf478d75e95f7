# struct: floats as CPython rounds them: 'e' half precision (ties to even, overflow), 'f' single
# (native casts to inf, standard raises), 'd', special values, and their errors.
import struct

def packed(fmt, v):
    try:
        return struct.pack(fmt, v).hex()
    except (struct.error, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

values = [0.0, -0.0, 1.0, -2.0, 0.1, 1 / 3, 65504.0, 65519.0, 65520.0, 6.1e-05, 5.96e-08, 2.98e-08, 2.99e-08,
          2.0 ** -24, 2.0 ** -25, 2.0 ** -25 * 1.0001, 1.0009765625, 1.00048828125, 1.00146484375, 3.4e38, 3.4028235e38,
          3.5e38, 1e300, -1e300, 1e-320, float("inf"), float("-inf"), float("nan"), -float("nan"), 7, 2 ** 200,
          2 ** 2000, "x", None]
for v in values:
    print(repr(v)[:20], packed("<e", v), packed(">e", v), packed("@f", v), packed("<f", v), packed("<d", v))

for raw in [b"\x00\x7c", b"\x01\x7c", b"\x00\x04", b"\x01\x00", b"\xff\xfb", b"\x00\x3c", b"\x00\xfc", b"\x00\x80"]:
    print(raw.hex(), struct.unpack("<e", raw), struct.unpack(">e", raw))
for raw in [b"\x00\x00\xc0\x7f", b"\x00\x00\x80\x7f", b"\x01\x00\x00\x00", b"\xcd\xcc\xcc\x3d"]:
    print(raw.hex(), struct.unpack("<f", raw), struct.unpack(">f", raw))
print(struct.unpack("<d", b"\x00" * 7 + b"\x80"), struct.unpack(">d", b"\x7f\xf0" + b"\x00" * 6))

# Round trips through 'e' and 'f' round to the nearest representable value.
for v in [0.1, 1 / 3, 1000.5, 2049.0, 1e-7]:
    print(v, struct.unpack("e", struct.pack("e", v))[0], struct.unpack("f", struct.pack("f", v))[0])

class Bad:
    def __float__(self):
        raise KeyError("from __float__")

for fmt in ["d", "e"]:
    try:
        struct.pack(fmt, Bad())
    except Exception as e:
        print(fmt, type(e).__name__, e)
