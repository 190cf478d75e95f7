# struct: the errors of packing out-of-range and wrongly typed values, with the wording of each
# table (native "ushort format requires ...", standard "'H' format requires ..."), and of bad formats.
import struct

def attempt(fmt, *args):
    try:
        return struct.pack(fmt, *args).hex()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

for code in "bBhHiIlLqQnNP?":
    for order in "@=<>!":
        if order != "@" and code in "nNP":
            continue
        results = [attempt(order + code, v) for v in (2**64, -2**64, 2**63, -2**63 - 1, 2**32, -2**31 - 1, 2**31,
                                                     2**16, 2**15, -2**15 - 1, 256, 128, -129, -1, 1.5, "x", None)]
        print(order + code, results)

print(attempt("c", b"ab"), "|", attempt("c", "a"), "|", attempt("c", bytearray(b"a")))
print(attempt("s", "a"), "|", attempt("p", 1), "|", attempt("s", memoryview(b"a")))
print(attempt("i"), "|", attempt("i", 1, 2), "|", attempt("3i", 1, 2), "|", attempt("x", 1))

class Raising:
    def __index__(self):
        raise KeyError("from __index__")

    def __bool__(self):
        raise KeyError("from __bool__")

print(attempt("i", Raising()), "|", attempt("?", Raising()))

for fmt in ["z", "<P", "<n", ">N", "1", "3 i", "<<i", "i<", "\0", "i\0", b"\xff", "é", bytearray(b"i"), 1, [1],
            "99999999999999999999i", "9999999999999999999i", "999999999999999999i"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

# Argument errors of the functions.
for call in ["struct.pack()", "struct.pack('i', 1, x=1)", "struct.pack(format='i')", "struct.unpack('i')",
             "struct.unpack_from()", "struct.unpack_from('i')", "struct.calcsize()", "struct.iter_unpack('i')",
             "struct.pack_into()", "struct.pack_into('i')", "struct.pack_into('i', bytearray(4))",
             "struct.pack_into('i', bytearray(4), 0)", "struct.pack_into('i', bytearray(4), 0, 1, x=1)",
             "struct.unpack('i', 'abcd')", "struct.unpack(1, b'')", "struct.unpack([1], b'')"]:
    try:
        eval(call)
    except Exception as e:
        print(call, "->", type(e).__name__, e)
print(struct.error.__module__, struct.error.__mro__)
