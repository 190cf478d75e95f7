# _io's classes and constants: the hierarchy, IncrementalNewlineDecoder, BufferedRWPair,
# BufferedRandom over BytesIO-like raw files, detach, and the messages of their errors.
import _io as io

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(io.DEFAULT_BUFFER_SIZE, io.BlockingIOError is BlockingIOError)
print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper, io.IncrementalNewlineDecoder]:
    print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__])
print(sorted(k for k in vars(io._IOBase) if not k.startswith("__")))
print(sorted(k for k in vars(io._RawIOBase) if not k.startswith("__")))
print(sorted(k for k in vars(io._BufferedIOBase) if not k.startswith("__")))
print(sorted(k for k in vars(io._TextIOBase) if not k.startswith("__")))
print(type(io._IOBase()).__name__, io._IOBase().closed)
base = io._IOBase()
base.close()
print(base.closed, vars(base))
attempt("base flush closed:", base.flush)

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), d.getstate(), repr(d.decode("", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d.setstate((b"", 1))
print(repr(d.decode("x")), d.newlines)
k = io.IncrementalNewlineDecoder(None, False)
print(repr(k.decode("1\r\n2\r3\n")), k.newlines)
for text in ["", "\n", "\r", "\r\n", "\r\n\n", "\r\r\n"]:
    n = io.IncrementalNewlineDecoder(None, True)
    n.decode(text, final=True)
    print(repr(text), n.newlines)

class Utf8:
    """An incremental decoder written in Python: bytes to str."""
    def __init__(self):
        self.buf = b""
    def decode(self, data, final=False):
        data = self.buf + data
        try:
            out, self.buf = data.decode("utf-8"), b""
        except UnicodeDecodeError:
            out, self.buf = data[:-1].decode("utf-8"), data[-1:]
        return out
    def getstate(self):
        return (self.buf, 0)
    def setstate(self, state):
        self.buf = state[0]
    def reset(self):
        self.buf = b""

w = io.IncrementalNewlineDecoder(Utf8(), True)
print(repr(w.decode(b"caf\xc3")), w.getstate(), repr(w.decode(b"\xa9\r")), repr(w.decode(b"\n")), w.newlines)
attempt("decode bytes without decoder:", io.IncrementalNewlineDecoder(None, True).decode, b"x")
attempt("setstate list:", d.setstate, [b"", 0])
attempt("uninitialized:", io.IncrementalNewlineDecoder.__new__(io.IncrementalNewlineDecoder).decode, "x")

r, w2 = io.BytesIO(b"from the reader\nsecond\n"), io.BytesIO()
pair = io.BufferedRWPair(r, w2, 16)
print(pair.read(4), pair.peek(3)[:3], pair.read1(5), pair.readline(), pair.readable(), pair.writable())
print(pair.write(b"to the writer"), w2.getvalue())
pair.flush()
print(w2.getvalue(), pair.closed, pair.isatty())
pair.close()
print(pair.closed, r.closed, w2.closed)
attempt("pair over a text reader:", lambda: type(io.BufferedRWPair(io.StringIO(), io.BytesIO())).__name__)
attempt("pair over a writer only:", io.BufferedRWPair, io.BufferedWriter(io.BytesIO()), io.BytesIO())

raw = io.BytesIO(b"0123456789")
rnd = io.BufferedRandom(raw, 4)
print(rnd.read(2), rnd.tell(), rnd.write(b"ab"), rnd.tell(), rnd.seek(0), rnd.read(), raw.getvalue())
rnd.seek(1)
rnd.write(b"Z")
print(raw.getvalue())
rnd.flush()
print(raw.getvalue(), rnd.seek(-2, 2), rnd.read(), rnd.truncate(3), raw.getvalue())
print(repr(rnd), rnd.raw is raw)
attempt("name:", lambda: rnd.name)
det = rnd.detach()
print(det is raw)
attempt("read after detach:", rnd.read)
attempt("repr after detach:", repr, rnd)
attempt("closed after detach:", lambda: rnd.closed)

rd = io.BufferedReader(io.BytesIO(b"data"))
attempt("reader write:", rd.write, b"x")
attempt("reader truncate:", rd.truncate)
attempt("read -2:", rd.read, -2)
attempt("seek whence 5:", rd.seek, 0, 5)
rd.close()
attempt("read closed:", rd.read)
attempt("peek closed:", rd.peek)
attempt("readline closed:", rd.readline)
attempt("seek closed:", rd.seek, 0)
attempt("flush closed:", rd.flush)
print(rd.closed, rd.close())
wr = io.BufferedWriter(io.BytesIO())
wr.close()
attempt("write closed:", wr.write, b"x")
attempt("writer flush closed:", wr.flush)
un = io.BufferedReader.__new__(io.BufferedReader)
attempt("uninitialized read:", un.read)
attempt("uninitialized repr:", repr, un)
