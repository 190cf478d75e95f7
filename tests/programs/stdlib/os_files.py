# Files and directories through os: creating, reading, writing, renaming, linking, listing,
# permissions and times, in a directory of its own under /tmp.
import os
import stat

base = "/tmp/pythebo-os-files-%d" % os.getpid()
os.mkdir(base)
os.chdir(base)
print("cwd is base:", os.getcwd() == base, os.getcwdb() == os.fsencode(base))

# open, write, read, seek
fd = os.open("a.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print("fd is int:", type(fd).__name__, fd > 2, "inheritable:", os.get_inheritable(fd))
print("write:", os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"second line\n")),
      os.write(fd, memoryview(b"third\n")))
print("lseek end:", os.lseek(fd, 0, os.SEEK_END), "cur:", os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open("a.txt", os.O_RDONLY)
print("read 5:", os.read(fd, 5))
print("lseek set:", os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100))
print("read at end:", os.read(fd, 10))
print("pread:", os.pread(fd, 5, 0))
st = os.fstat(fd)
print("fstat size:", st.st_size, stat.S_ISREG(st.st_mode), st.st_nlink)
os.close(fd)

# stat_result
st = os.stat("a.txt")
print("stat:", st.st_size, oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode))
print("len:", len(st), "tuple size:", st[6], "int times:", type(st[8]).__name__, type(st.st_mtime).__name__)
print("ns consistent:", st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
print("blksize, blocks:", st.st_blksize > 0, st.st_blocks >= 0, type(st.st_rdev).__name__)
print("same as lstat:", os.lstat("a.txt") == st, os.stat(b"a.txt") == st)

# truncate and ftruncate
os.truncate("a.txt", 5)
print("truncated:", os.stat("a.txt").st_size)
fd = os.open("a.txt", os.O_RDWR)
os.ftruncate(fd, 2)
print("ftruncated:", os.fstat(fd).st_size, os.read(fd, 10))
os.close(fd)

# directories
os.mkdir("d")
os.mkdir("d/e", 0o700)
os.makedirs("x/y/z")
os.makedirs("x/y/z", exist_ok=True)
try:
    os.makedirs("x/y/z")
except FileExistsError as e:
    print("makedirs again:", type(e).__name__, e.errno, e.filename)
try:
    os.mkdir("d")
except FileExistsError as e:
    print("mkdir again:", e)
print("listdir:", sorted(os.listdir(".")), sorted(os.listdir(b".")))
print("listdir default:", sorted(os.listdir()))
print("isdir:", os.path.isdir("d/e"), oct(stat.S_IMODE(os.stat("d/e").st_mode) & 0o700))
os.removedirs("x/y/z")
print("after removedirs:", sorted(os.listdir(".")))
try:
    os.rmdir("d")
except OSError as e:
    print("rmdir non-empty:", type(e).__name__, e.errno == 39, e.filename)
os.rmdir("d/e")
os.rmdir("d")

# rename, replace, link, symlink, readlink
with open("b.txt", "w") as f:
    f.write("bee")
os.rename("b.txt", "c.txt")
print("renamed:", os.path.exists("b.txt"), os.path.exists("c.txt"))
with open("d.txt", "w") as f:
    f.write("dee")
os.replace("d.txt", "c.txt")
with open("c.txt") as f:
    print("replaced:", f.read())
os.link("c.txt", "hard.txt")
print("nlink:", os.stat("c.txt").st_nlink, os.path.samefile("c.txt", "hard.txt"))
os.symlink("c.txt", "soft.txt")
print("readlink:", os.readlink("soft.txt"), os.readlink(b"soft.txt"))
print("islink:", os.path.islink("soft.txt"), os.path.islink("c.txt"))
print("lstat is link:", stat.S_ISLNK(os.lstat("soft.txt").st_mode), stat.S_ISLNK(os.stat("soft.txt").st_mode))
print("stat no follow:", stat.S_ISLNK(os.stat("soft.txt", follow_symlinks=False).st_mode))
os.symlink("nowhere", "dangling")
print("dangling:", os.path.exists("dangling"), os.path.lexists("dangling"))

# scandir
with os.scandir(".") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print("entry:", repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(),
          e.is_file(follow_symlinks=False), e.inode() == e.stat(follow_symlinks=False).st_ino)
print("scandir bytes:", sorted(e.name for e in os.scandir(b".")))
print("fspath:", os.fspath(entries[0]), type(entries[0]).__name__)

# permissions
os.chmod("c.txt", 0o600)
print("chmod:", oct(stat.S_IMODE(os.stat("c.txt").st_mode)))
print("access:", os.access("c.txt", os.R_OK), os.access("c.txt", os.X_OK), os.access("missing", os.F_OK))
old = os.umask(0o022)
print("umask returns int:", type(old).__name__, os.umask(old) == 0o022)

# times
os.utime("c.txt", (1000000000, 1200000000))
st = os.stat("c.txt")
print("utime:", st.st_atime, st.st_mtime, st[7], st[8])
os.utime("c.txt", ns=(1500000000123456789, 1600000000987654321))
st = os.stat("c.txt")
print("utime ns:", st.st_atime_ns, st.st_mtime_ns)
os.utime("c.txt", (1.25, 2.75))
st = os.stat("c.txt")
print("utime float:", st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)

# unlink and remove
os.unlink("hard.txt")
os.remove("soft.txt")
os.remove("dangling")
for name in sorted(os.listdir(".")):
    os.unlink(name)
os.chdir("/")
os.rmdir(base)
print("cleaned:", os.path.exists(base))
