# struct: unpack/unpack_from/pack_into/iter_unpack over buffers and offsets, with their size and
# offset errors; the Struct type (format, size, re-init, subclasses) and the format cache.
import struct

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

print(attempt(lambda: struct.unpack("i", b"abc")), attempt(lambda: struct.unpack("<h", bytearray(b"\x01\x02"))),
      attempt(lambda: struct.unpack("<h", memoryview(b"\x01\x02"))))
for offset in [0, 3, 4, -2, -4, -7, -20, 20, 2**70, 1.0]:
    print("unpack_from", offset, attempt(lambda: struct.unpack_from("<i", b"abcdefg", offset)))
print(attempt(lambda: struct.unpack_from("<i", buffer=b"abcd")), attempt(lambda: struct.unpack_from("<i", b"abcdxxxx", offset=4)))

for buf, offset in [(bytearray(3), 0), (bytearray(8), 6), (bytearray(8), -2), (bytearray(8), -4), (bytearray(8), -20),
                    (bytes(8), 0), (5, 0), (bytearray(4), 2**70), (bytearray(4), 1.0), (bytearray(4), "x"),
                    (memoryview(bytearray(8))[::2], 0)]:
    print("pack_into", type(buf).__name__, offset, attempt(lambda: struct.pack_into("<i", buf, offset, 1)))
target = bytearray(b"\xff" * 10)
struct.pack_into("<ihb", target, 1, 1, 2, 3)
print(target)
print(attempt(lambda: struct.pack_into("<ihb", target, 1, 9, 2**20, 3)), target)
view = memoryview(bytearray(4))
struct.pack_into("<i", view, 0, 258)
print(view.tobytes())

it = struct.iter_unpack("<ih", b"\x01\x00\x00\x00\x02\x00" * 3)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
print(attempt(lambda: struct.iter_unpack("i", b"abc")), attempt(lambda: struct.iter_unpack("", b"abc")))
print(attempt(lambda: type(it)()))

s = struct.Struct("<ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"xx" + s.pack(3, 4), 2))
print(list(s.iter_unpack(s.pack(5, 6) * 2)), s.__sizeof__(), struct.Struct("5i").__sizeof__(), struct.Struct("ihb").__sizeof__())
s.__init__(">q")
print(s.format, s.size, s.pack(5))
print(struct.Struct(b"=H").format, struct.Struct(format="<h").pack(3))
for call in ["struct.Struct()", "struct.Struct('i', 'j')", "struct.Struct(x=1)", "struct.Struct(format='i', x=2)",
             "struct.Struct(bytearray(b'i'))", "struct.Struct(5)", "struct.Struct('i').pack(1.5)",
             "struct.Struct('i').pack(x=1)", "struct.Struct('i').unpack()", "struct.Struct('i').unpack_from()",
             "s.__init__(5)"]:
    print(call, "->", attempt(lambda: eval(call)))

class Named(struct.Struct):
    def __init__(self, fmt, name):
        super().__init__(fmt)
        self.name = name

n = Named("<HH", "pair")
print(type(n).__name__, n.name, n.format, n.size, n.pack(1, 2), isinstance(n, struct.Struct))
blank = struct.Struct.__new__(struct.Struct)
print(repr(blank.format), blank.size, attempt(lambda: blank.pack()), attempt(lambda: blank.unpack(b"")))

class Text(str):
    pass

print(struct.pack(Text("<h"), 1), struct.Struct(Text("<h")).format, type(struct.Struct(Text("<h")).format).__name__)
struct._clearcache()
print(struct.calcsize("i"), struct.Struct.__module__, struct.Struct.__doc__, struct.pack.__text_signature__,
      struct.unpack.__text_signature__, struct.Struct.unpack_from.__text_signature__)
print(struct.pack.__doc__)

# Offsets near the largest index: the sizes in the messages do not wrap.
import sys
print(attempt(lambda: struct.pack_into("<I", bytearray(10), sys.maxsize, 1)))
print(attempt(lambda: struct.unpack_from("<I", bytearray(10), sys.maxsize)))
print(attempt(lambda: struct.unpack("b", 0)), struct.unpack("b", b"a"))
