# The Lib's io.py over _io: its ABCs, the registered classes, and user classes derived from
# io.RawIOBase, io.BufferedIOBase and io.TextIOBase wrapped by the buffered and text layers.
import io

print(io.IOBase.__mro__)
print(io.RawIOBase.__mro__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__module__)
print(io.open is open, io.FileIO is __import__("_io").FileIO)
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, [abc.__name__ for abc in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
                         if issubclass(cls, abc)])
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(type(io.IOBase).__name__, io.IOBase.__doc__ == io._io._IOBase.__doc__ if hasattr(io, "_io") else True)

class Numbers(io.RawIOBase):
    def __init__(self, count):
        self.data = b"".join(b"%d\n" % i for i in range(count))
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

print(isinstance(Numbers(1), io.IOBase), Numbers(3).read(), Numbers(3).readlines())
text = io.TextIOWrapper(io.BufferedReader(Numbers(5), 2), encoding="ascii")
print([line.strip() for line in text])
print(io.TextIOWrapper(Numbers(2), encoding="ascii").read())

class Collect(io.BufferedIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

c = Collect()
t = io.TextIOWrapper(c, encoding="utf-8", write_through=True)
t.write("héllo ")
t.write("wörld")
print(c.parts, c.closed)
t.close()
print(c.closed)

class Shout(io.TextIOBase):
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s.upper())
        return len(s)

s = Shout()
print("quiet words", file=s)
s.writelines(["a", "b"])
print(s.out, isinstance(s, io.TextIOBase), s.encoding)
try:
    s.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))

class Registered:
    pass
io.RawIOBase.register(Registered)
print(issubclass(Registered, io.IOBase), issubclass(Registered, io.BufferedIOBase))
