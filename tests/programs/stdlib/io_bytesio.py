# io.BytesIO: reading, writing, seeking, truncating, getbuffer's exports, and the errors.
import _io as io

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.read1(2), b.tell())
print(b.readline(), b.readline(2), b.readline(-1), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(7))
b.seek(0)
print(list(b))
print(b.read(), b.read(5), b.tell())

w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fg")))
print(w.getvalue(), w.tell())
w.seek(10)
w.write(b"X")
print(w.getvalue())
w.seek(2)
w.write(b"__")
print(w.getvalue(), w.tell())
print(w.seek(-3, 2), w.read(), w.seek(-100, 1), w.tell())
print(w.truncate(4), w.getvalue(), w.tell())
w.seek(1)
print(w.truncate(), w.getvalue())
print(w.seek(0, 2), w.truncate(100), w.getvalue())
w.writelines([b"1", b"22", bytearray(b"333")])
print(w.getvalue())

r = io.BytesIO(b"0123456789")
buf = bytearray(4)
print(r.readinto(buf), buf)
mv = memoryview(bytearray(20))
print(r.readinto(mv), bytes(mv[:8]))
print(r.readinto(bytearray(3)))
print(r.readable(), r.writable(), r.seekable(), r.isatty(), r.flush())

# getbuffer: a writable view; no resizing while it is exported.
g = io.BytesIO(b"abcdef")
view = g.getbuffer()
print(len(view), view.readonly, bytes(view))
view[0] = ord("A")
print(g.getvalue())
attempt("write while exported:", g.write, b"x")
attempt("truncate while exported:", g.truncate, 1)
attempt("close while exported:", g.close)
g.seek(2)
print(g.read(2), g.tell())
view.release()
print(g.write(b"zz"), g.getvalue())
with g.getbuffer() as v2:
    print(bytes(v2[1:3]))
g.truncate(2)
print(g.getvalue())

# Errors.
e = io.BytesIO(b"abc")
attempt("seek -1:", e.seek, -1)
attempt("whence 3:", e.seek, 0, 3)
attempt("seek float:", e.seek, 1.5)
attempt("write str:", e.write, "x")
attempt("truncate -1:", e.truncate, -1)
attempt("read str:", e.read, "x")
attempt("readlines str:", e.readlines, "x")
attempt("readinto bytes:", e.readinto, b"xyz")
attempt("init int:", io.BytesIO, 5)
attempt("init keyword:", lambda: io.BytesIO(foo=1))
print(io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"kw").getvalue())

e.close()
e.close()
print(e.closed)
for name in ["read", "getvalue", "tell", "readable", "flush", "isatty", "getbuffer", "readline", "__next__"]:
    attempt(name + " closed:", getattr(e, name))
attempt("write closed:", e.write, b"x")
attempt("seek closed:", e.seek, 0)
attempt("enter closed:", e.__enter__)

# Subclasses keep their own attributes and methods.
class Tagged(io.BytesIO):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
    def read(self, n=-1):
        return super().read(n).upper()

t = Tagged(b"abc\ndef", "T")
print(t.tag, t.read(2), t.readline(), type(t).__name__, isinstance(t, io.BytesIO))
print(io.BytesIO(b"xy").__getstate__())
s = io.BytesIO()
s.__setstate__((b"state", 2, {"k": 1}))
print(s.read(), s.k)
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
