# array: the methods (append, extend, insert, pop, remove, index, count, reverse, byteswap,
# frombytes/tobytes, fromlist/tolist, fromunicode/tounicode, tofile/fromfile) and their errors.
import array

def attempt(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

A = array.array
a = A("i", range(10))
for call in ["a.index(5)", "a.index(5, 6)", "a.index(5, -5)", "a.index(5, 0, 5)", "a.index(5, 0, 6)", "a.index(5, -100, 100)",
             "a.index(50)", "a.index(5.0)", "a.index(5, 2**70)", "a.index(5, 0, 2**70)", "a.remove(50)", "a.count(5)",
             "a.count(5.0)", "5 in a", "5.0 in a", "'x' in a", "a.pop(20)", "A('i').pop()", "a.pop()", "a.pop(0)",
             "a.pop(-2)", "a", "a.byteswap() or a", "a.byteswap() or a", "(a.insert(100, 7), a.insert(-100, 8), a.insert(2, 9), a)",
             "a.insert(0, 'x')", "a.reverse() or a", "a.remove(9) or a", "a.buffer_info()[1]", "len(a)"]:
    print(call, "->", attempt(lambda: eval(call)))

c = A("i", [1, 2])
for call in ["c.extend(A('d', [1]))", "c.extend([1, 'x']) or c", "c.extend(5)", "c.extend(A('i', [7])) or c",
             "c.extend(c) or c", "c.extend(range(3)) or c", "c.frombytes(b'abc')", "c.frombytes(b'\\x05\\x00\\x00\\x00') or c",
             "c.frombytes('abcd')", "c.fromlist((1,))", "c.fromlist([1, 'x']) or c", "c.fromlist([8, 9]) or c", "c.tolist()",
             "c.tobytes()[:8]", "c.tounicode()", "c.fromunicode('a')", "A('u').fromunicode(b'a')", "A('u').append('ab')",
             "A('u', 'ab').tounicode()", "(lambda u: (u.fromunicode('c\\U0001F600'), u)[1])(A('u', 'ab'))",
             "A('u', 'abc').index('b')", "A('u', 'abc').count('c')", "A('i', [5, 5, 1]).count(5)",
             "A('d', [1.5, 2.5]).byteswap()", "A('d', [float('nan')]).count(float('nan'))", "A('h', [1, 2]).append(2**15)"]:
    print(call, "->", attempt(lambda: eval(call)))
print(A("h", [1, 2, 3]).tobytes(), A("h", b"\x01\x00\x02\x00"), A("d", [1.0]).tobytes().hex(), A("f", [1.0]).tobytes().hex())
sw = A("h", [1, 256, -2])
sw.byteswap()
print(sw, A("q", [1]).byteswap(), A("u", "ab").tobytes())

class File:
    def __init__(self):
        self.data = b""
        self.writes = 0

    def write(self, b):
        self.data += b
        self.writes += 1
        return len(b)

    def read(self, n):
        r, self.data = self.data[:n], self.data[n:]
        return r

f = File()
A("i", [1, 2, 3]).tofile(f)
A("i").tofile(f)
A("b", bytes(70000)).tofile(f)
print(f.data[:12], f.writes, len(f.data))
f.data = f.data[:12]
g = A("i")
print(attempt(lambda: g.fromfile(f, 2)), g, attempt(lambda: g.fromfile(f, 2)), g, attempt(lambda: g.fromfile(f, -1)))
f.data = b"\x01\x02\x03"
print(attempt(lambda: g.fromfile(f, 1)), g)

class Text:
    def read(self, n):
        return "x"

print(attempt(lambda: g.fromfile(Text(), 1)), attempt(lambda: g.tofile(5)), attempt(lambda: g.fromlist(None)))
