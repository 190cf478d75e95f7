# tempfile through the Lib: mkstemp, mkdtemp, TemporaryDirectory, NamedTemporaryFile, TemporaryFile,
# SpooledTemporaryFile and gettempdir.
import os
import stat
import tempfile

fd, path = tempfile.mkstemp(suffix=".txt", prefix="pythebo-")
print("mkstemp:", type(fd).__name__, os.path.basename(path).startswith("pythebo-"), path.endswith(".txt"))
print("mode:", oct(stat.S_IMODE(os.fstat(fd).st_mode)), os.get_inheritable(fd))
os.write(fd, b"data")
os.close(fd)
print(open(path, "rb").read())
os.unlink(path)
fd, path = tempfile.mkstemp(text=True, dir=tempfile.gettempdir())
os.close(fd)
os.unlink(path)
fd, path = tempfile.mkstemp(prefix=b"b-")
os.close(fd)
os.unlink(path)
print("bytes mkstemp:", type(path).__name__)
d = tempfile.mkdtemp()
print("mkdtemp:", os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)))
os.rmdir(d)
with tempfile.TemporaryDirectory(prefix="pythebo-") as d:
    print("TemporaryDirectory:", os.path.isdir(d), os.path.basename(d).startswith("pythebo-"))
    os.makedirs(os.path.join(d, "x", "y"))
    with open(os.path.join(d, "x", "y", "f"), "w") as f:
        f.write("z")
    os.chmod(os.path.join(d, "x", "y"), 0o500)
print("removed:", os.path.exists(d))
td = tempfile.TemporaryDirectory()
name = td.name
td.cleanup()
print("cleanup:", os.path.exists(name))
with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    f.write("hello\n")
    f.flush()
    print("named:", os.path.exists(f.name), f.name.endswith(".log"), open(f.name).read())
    f.seek(0)
    print(f.read())
print("named removed:", os.path.exists(f.name))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"kept")
f.close()
print("kept:", open(f.name, "rb").read())
os.unlink(f.name)
with tempfile.TemporaryFile() as f:
    f.write(b"anonymous")
    f.seek(0)
    print("TemporaryFile:", f.read())
with tempfile.SpooledTemporaryFile(max_size=10) as f:
    f.write(b"small")
    print("spooled:", f._rolled)
    f.write(b" and now bigger")
    print("rolled:", f._rolled)
    f.seek(0)
    print(f.read())
print("gettempdir:", os.path.isdir(tempfile.gettempdir()), type(tempfile.gettempdirb()).__name__)
try:
    tempfile.mkstemp(dir="/nonexistent-pythebo")
except FileNotFoundError as e:
    print("missing dir:", e.errno)
