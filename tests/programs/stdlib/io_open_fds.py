# open() of descriptor numbers (closefd, openers), of path-like objects and bytes paths; FileIO's
# attributes and reprs. Descriptor numbers differ between implementations, so they are compared,
# not printed.
import _io as io

P = "/tmp/pythebo-stdlib-io-open-fds.txt"

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

class PathLike:
    def __init__(self, path):
        self.path = path
    def __fspath__(self):
        return self.path

with open(PathLike(P), "w") as f:
    print(f.name, f.mode, f.buffer.name, f.buffer.raw.name, type(f.fileno()).__name__)
    f.write("first line\nsecond line\n")
with open(P.encode(), "rb") as f:
    print(f.name, f.read(5), f.raw.mode)
with open(PathLike(P.encode()), "r") as f:
    print(f.name, f.readline(), repr(f))

# A descriptor of one file object opened again by number.
owner = open(P, "rb")
fd = owner.fileno()
print(fd >= 0, owner.raw.fileno() == fd, owner.raw.closefd)
shared = open(fd, "rb", closefd=False)
print(shared.name == fd, shared.read(6), shared.raw.closefd, shared.raw.mode)
print(repr(shared.raw) == "<_io.FileIO name=%d mode='rb' closefd=False>" % fd)
shared.close()
print(owner.read(4))
owner.seek(0)
text = open(fd, "r", closefd=False, encoding="ascii")
print(repr(text.readline()), text.name == fd, text.mode)
text.close()
print(owner.closed)
owner.close()

# closefd=True closes the descriptor with the file object.
a = open(P, "rb")
b = open(a.fileno(), "rb")
b.close()
attempt("read through a closed descriptor:", a.read)
attempt("close a closed descriptor:", a.close)

# An opener returns the descriptor.
seen = []
def opener(path, flags):
    seen.append((path, flags & 3))
    return helper.fileno()
helper = open(P, "rb")
with open(P, "rb", opener=opener, closefd=True) as o:
    print(seen, o.read(5), o.name)
attempt("opener returning a str:", open, P, opener=lambda p, f: "x")
attempt("opener returning -1:", open, P, opener=lambda p, f: -1)

raw = io.FileIO(P, "r+")
print(raw.mode, raw.readable(), raw.writable(), raw.seekable(), raw.closefd, raw.isatty())
print(raw.read(5), raw.tell(), raw.seek(-4, 2), raw.read(), raw.seek(0))
buf = bytearray(6)
print(raw.readinto(buf), buf)
print(raw.write(b"XX"), raw.seek(0), raw.readline(), raw.readlines())
print(raw.truncate(10), raw.tell(), raw.seek(0), raw.readall())
raw.close()
print(raw.closed, repr(raw))
for name in ["read", "fileno", "seekable", "readable", "tell", "isatty"]:
    attempt(name + " closed:", getattr(raw, name))
for mode in ["rb", "wb", "ab", "r+b", "a+b", "w+b"]:
    g = io.FileIO(P, mode.replace("b", ""))
    print(mode, g.mode, g.readable(), g.writable())
    g.close()
attempt("x exists:", io.FileIO, P, "x")
attempt("x+ exists:", open, P, "x+")

attempt("float:", io.FileIO, 1.5)
attempt("negative fd:", io.FileIO, -1)
attempt("bad fd:", io.FileIO, 2 ** 20)
attempt("big int:", io.FileIO, 2 ** 40)
attempt("mode rt:", io.FileIO, P, "rt")
attempt("mode rw:", io.FileIO, P, "rw")
attempt("mode int:", io.FileIO, P, 1)
attempt("closefd with name:", io.FileIO, P, closefd=False)
attempt("directory:", io.FileIO, "/tmp")
attempt("directory write:", io.FileIO, "/tmp", "w")
attempt("missing:", io.FileIO, "/nonexistent/file")
attempt("list:", open, [])
attempt("fspath int:", open, PathLike(5))
attempt("null byte:", open, "a\0b")
attempt("read a writer:", io.FileIO(P, "w").read)
attempt("write a reader:", io.FileIO(P).write, b"x")
attempt("opener on fd:", open, 0, opener=None, closefd=False)
print(io.open is open, io.open_code(P).read(), io.text_encoding(None), io.text_encoding("latin-1"))
attempt("open_code bytes:", io.open_code, P.encode())
