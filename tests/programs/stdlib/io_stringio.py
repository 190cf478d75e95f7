# io.StringIO: each newline mode on write, read, readline and iteration; positions, errors.
import _io as io

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)

text = "one\ntwo\r\nthree\rfour\r\n\rfive"
for newline in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=newline)
    s.write(text)
    s.write("a\r")
    s.write("\nb")
    value = s.getvalue()
    s.seek(0)
    lines = s.readlines()
    s.seek(0)
    print(repr(newline), repr(value), s.newlines)
    print("   lines", lines)
    print("   iter", list(s))
    s.seek(0)
    print("   readline(4)", repr(s.readline(4)), repr(s.readline(0)), repr(s.read(5)), s.tell())
    i = io.StringIO(text, newline)
    print("   initial", repr(i.getvalue()), repr(i.read(7)), i.newlines)

s = io.StringIO("héllo wörld 😀!")
print(s.read(2), s.tell(), s.read(), s.tell(), len(s.getvalue()))
s.seek(13)
print(repr(s.read()), s.seek(0, 2), s.seek(3))
s.write("LO")
print(s.getvalue(), s.tell())
s.seek(20)
s.write("end")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
print(s.write("😀x"), s.tell(), repr(s.getvalue()))

t = io.StringIO()
print(t.write("abc"), t.tell(), t.seek(1), t.write("Z"), t.getvalue())
print(t.seek(0, 1), t.seek(0, 2), t.readable(), t.writable(), t.seekable(), t.line_buffering, t.newlines)
print(io.StringIO("x\ny").readline(), io.StringIO(None).getvalue() == "")

attempt("seek -1:", t.seek, -1)
attempt("seek 1, 1:", t.seek, 1, 1)
attempt("whence 3:", t.seek, 0, 3)
attempt("write bytes:", t.write, b"x")
attempt("truncate -1:", t.truncate, -1)
attempt("read str:", t.read, "x")
attempt("seek float:", t.seek, 1.5)
attempt("init int:", io.StringIO, 5)
attempt("newline int:", io.StringIO, "", 5)
attempt("newline bad:", io.StringIO, "", "x")
attempt("newline bad2:", io.StringIO, "", "\n\n")

t.close()
print(t.closed)
for name in ["read", "getvalue", "tell", "readable", "readline", "__next__", "__iter__", "__enter__"]:
    attempt(name + " closed:", getattr(t, name))
attempt("line_buffering closed:", lambda: t.line_buffering)
attempt("newlines closed:", lambda: t.newlines)
attempt("write closed:", t.write, "x")
u = io.StringIO.__new__(io.StringIO)
attempt("uninitialized:", u.read)

class Lines(io.StringIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.upper()

print(list(Lines("ab\ncd\n")))
print(io.StringIO("st", "\r").__getstate__())
r = io.StringIO()
r.__setstate__(("a\nb", None, 1, {"x": 2}))
print(repr(r.read()), r.x, r.newlines)
with io.StringIO("w") as w:
    print(w.read())
print(w.closed)
