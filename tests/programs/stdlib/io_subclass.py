# Python subclasses of _io's bases (what io.RawIOBase, io.BufferedIOBase and io.TextIOBase
# derive from): the default methods work through the subclass's own, and the buffered and text
# layers wrap them.
import _io

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

class Source(_io._RawIOBase):
    """A raw stream that only implements readinto (and says it is readable)."""
    def __init__(self, data, chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

s = Source(b"alpha\nbeta\ngamma")
print(s.read(4), s.read(), s.read(), s.readall())
s = Source(b"alpha\nbeta\ngamma")
print(s.readline(), s.readline(2), s.readlines())
s = Source(b"x\ny\n")
print(list(s), s.closed, s.seekable(), s.writable(), s.isatty())
attempt("seek:", s.seek, 0)
attempt("tell:", s.tell)
attempt("truncate:", s.truncate)
attempt("fileno:", s.fileno)
attempt("write:", s.write, b"x")
attempt("_checkWritable:", s._checkWritable)
attempt("_checkSeekable:", s._checkSeekable)
print(s._checkReadable(), s._checkClosed())
with s as same:
    print(same is s, s.closed)
print(s.closed, s.__dict__)
attempt("readline closed:", s.readline)
attempt("iter closed:", iter, s)
attempt("flush closed:", s.flush)
attempt("enter closed:", s.__enter__)
s.close()

reader = _io.BufferedReader(Source(b"one\ntwo\nthree\n", chunk=5), 4)
print(reader.peek(1)[:1], reader.read(2), reader.read1(10), reader.readline(), list(reader))
print(repr(reader), reader.closed, reader.readable(), reader.seekable())
text = _io.TextIOWrapper(_io.BufferedReader(Source("héllo\nwörld\n".encode())), encoding="utf-8")
print(text.readlines())
text2 = _io.TextIOWrapper(Source(b"direct raw\nsecond\n"), encoding="ascii")
print(text2.read())

class BadRaw(_io._RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return len(b) + 5

attempt("buffered over bad raw:", _io.BufferedReader(BadRaw()).read, 4)

class NoneRaw(_io._RawIOBase):
    def readinto(self, b):
        return None
print(NoneRaw().read(3), NoneRaw().readall())

class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

sink = Sink()
w = _io.BufferedWriter(sink, 8)
w.write(b"abc")
w.write(b"defgh")
print(sink.chunks)
w.write(b"0123456789")
w.flush()
print(sink.chunks)
sink.writelines([b"x", b"y"])
print(sink.chunks[-2:])
attempt("reader over a writer:", _io.BufferedReader, Sink())
attempt("writer over a reader:", _io.BufferedWriter, Source(b""))
attempt("random over unseekable:", _io.BufferedRandom, Source(b""))
attempt("buffer size 0:", _io.BufferedReader, Source(b""), 0)
attempt("plain raw read:", _io._RawIOBase().read, 2)
attempt("plain raw readinto:", _io._RawIOBase().readinto, bytearray(2))

class Chunks(_io._BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        out, self.data = self.data[:n], self.data[n:]
        return out
    def read1(self, n=-1):
        return self.read(min(n, 2))
    def readable(self):
        return True

c = Chunks(b"abcdefg")
buf = bytearray(3)
print(c.readinto(buf), buf, c.readinto1(buf), buf)
attempt("readinto bytes:", c.readinto, b"xyz")
attempt("detach:", c.detach)
attempt("write:", c.write, b"x")
print(_io.TextIOWrapper(Chunks(b"via read1\n"), encoding="ascii").read())

class Upper(_io._TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0).upper() if self.lines else ""

print(list(Upper(["a\n", "b\n"])), Upper([]).encoding, Upper([]).newlines, Upper([]).errors)
attempt("text read:", Upper([]).read)
attempt("text write:", Upper([]).write, "x")
attempt("text detach:", Upper([]).detach)

class Counted(_io.FileIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.reads = 0
    def read(self, n=-1):
        self.reads += 1
        return super().read(n)

f = Counted(__file__)
print(f.read(7), f.reads, type(f).__name__, f.mode, f.closefd)
print(repr(f).startswith("<Counted name="))
f.close()
print(repr(f))
