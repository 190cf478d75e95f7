# io.TextIOWrapper over BytesIO and over buffers written in Python: encodings, newlines,
# pending writes, line buffering, write_through, reconfigure, seek/tell, detach, errors.
import _io as io

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines, repr(t))
print(t.write("héllo\nworld"), b.getvalue())
t.flush()
print(b.getvalue())
t.write("a" * 9000)
print(len(b.getvalue()))
t.seek(0)
print(repr(t.readline()), repr(t.read(3)), t.tell())
t.seek(0)
print(len(t.read()), t.tell())

for newline in [None, "", "\n", "\r", "\r\n"]:
    raw = io.BytesIO(b"one\ntwo\r\nthree\rfour")
    r = io.TextIOWrapper(raw, encoding="ascii", newline=newline)
    print(repr(newline), r.readlines(), r.newlines)
    w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline=newline)
    w.write("a\nb\r\nc\r")
    w.flush()
    print("   written", w.buffer.getvalue())

lb = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
lb.write("no newline")
print(lb.buffer.getvalue())
lb.write(" then\nmore")
print(lb.buffer.getvalue())
wt = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
wt.write("through")
print(wt.buffer.getvalue())

for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "latin-1", "ascii", "cp1252"]:
    e = io.TextIOWrapper(io.BytesIO(), encoding=enc)
    e.write("Ae\n" if enc == "ascii" else "Aé\n")
    e.flush()
    data = e.buffer.getvalue()
    e.seek(0)
    print(enc, data, repr(e.read()), e.tell())

x = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9 \xff"), encoding="utf-8", errors="replace")
print(repr(x.read()))
y = io.TextIOWrapper(io.BytesIO(b"bad \xff"), encoding="utf-8")
attempt("decode error:", y.read)
z = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
attempt("encode error:", z.write, "é")
z2 = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="xmlcharrefreplace")
z2.write("é!")
z2.flush()
print(z2.buffer.getvalue())

rc = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
rc.write("first ")
rc.reconfigure(encoding="latin-1", line_buffering=True)
rc.write("é\n")
print(rc.encoding, rc.errors, rc.line_buffering, rc.buffer.getvalue())
rc.reconfigure(errors="replace", write_through=True)
print(rc.encoding, rc.errors, rc.write_through)
rc.reconfigure(newline="\r\n")
rc.write("x\n")
print(rc.buffer.getvalue())
rd = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="utf-8")
rd.readline()
attempt("reconfigure after read:", rd.reconfigure, encoding="ascii")
rd.reconfigure(line_buffering=True)
print(rd.line_buffering)
attempt("reconfigure bad newline:", rc.reconfigure, newline="x")

s = io.TextIOWrapper(io.BytesIO("aé\nbc\n".encode()), encoding="utf-8")
print(repr(s.readline()), s.tell())
pos = s.tell()
print(repr(s.read()), s.tell())
s.seek(pos)
print(repr(s.read(1)), s.seek(0, 2), s.seek(0))
for line in s:
    print(repr(line))
attempt("tell after next:", s.tell)
attempt("cur-relative:", s.seek, 1, 1)
attempt("end-relative:", s.seek, 1, 2)
attempt("whence 3:", s.seek, 0, 3)
attempt("negative:", s.seek, -1)

d = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
d.write("kept")
raw = d.detach()
print(raw.getvalue(), type(raw).__name__)
attempt("after detach:", d.write, "x")
attempt("repr after detach:", repr, d)
attempt("encoding after detach:", lambda: d.encoding)
attempt("buffer after detach:", lambda: d.buffer)

attempt("bad newline:", io.TextIOWrapper, io.BytesIO(), newline="x")
attempt("bad encoding:", io.TextIOWrapper, io.BytesIO(), encoding="no-such-codec")
attempt("not text:", io.TextIOWrapper, io.BytesIO(), encoding="rot13")
attempt("encoding int:", io.TextIOWrapper, io.BytesIO(), encoding=5)
attempt("errors int:", io.TextIOWrapper, io.BytesIO(), errors=5)
attempt("keyword:", io.TextIOWrapper, io.BytesIO(), foo=5)
attempt("write bytes:", io.TextIOWrapper(io.BytesIO()).write, b"x")
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
attempt("uninitialized:", u.read)
c = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
c.mode = "w"
print(repr(c), vars(c))
c.close()
print(c.closed)
attempt("closed write:", c.write, "x")
attempt("closed read:", c.read)
c.close()

# A buffer written in Python.
class Buffer:
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.closed = False
        self.calls = []
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return False
    def read1(self, n):
        self.calls.append(("read1", n))
        out = bytes(self.data[self.pos:self.pos + 4])
        self.pos += len(out)
        return out
    def write(self, b):
        self.calls.append(("write", bytes(b)))
        self.data += b
        return len(b)
    def flush(self):
        self.calls.append("flush")
    def close(self):
        self.closed = True

pb = Buffer(b"line one\nline two\n")
pt = io.TextIOWrapper(pb, encoding="utf-8")
print(pt.readline(), pt.readlines())
pt.write("out")
pt.flush()
print(pb.calls[-3:], pb.data[-3:])
attempt("tell unseekable:", pt.tell)
pt.close()
print(pb.closed, pt.closed)
