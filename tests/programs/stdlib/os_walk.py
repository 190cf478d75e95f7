# os.walk, os.fwalk-free directory trees, os.path over a tree of its own under /tmp.
import os
import stat

base = "/tmp/pythebo-os-walk-%d" % os.getpid()
for d in ("a/b/c", "a/d", "e"):
    os.makedirs(os.path.join(base, d))
for f in ("a/x.txt", "a/b/y.txt", "a/b/c/z.txt", "e/w.bin", "top.txt"):
    with open(os.path.join(base, f), "w") as fh:
        fh.write(f)
os.symlink("a", os.path.join(base, "link_to_a"))


def rel(p):
    return os.path.relpath(p, base)


for top, dirs, files in os.walk(base):
    dirs.sort()
    print("walk:", rel(top), sorted(dirs), sorted(files))
for top, dirs, files in os.walk(base, topdown=False):
    print("bottom-up:", rel(top), sorted(dirs), sorted(files))
walked = [rel(top) for top, dirs, files in os.walk(base, followlinks=True)]
print("followlinks:", sorted(walked))
for top, dirs, files in os.walk(os.fsencode(base)):
    if top == os.fsencode(base):
        print("bytes walk:", sorted(dirs), sorted(files))
errors = []
print("missing:", list(os.walk(base + "/missing", onerror=errors.append)), [type(e).__name__ for e in errors])

p = os.path.join(base, "a", "b", "y.txt")
print("exists:", os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
print("getsize:", os.path.getsize(p), os.path.getmtime(p) == os.stat(p).st_mtime)
print("abspath:", rel(os.path.abspath(p)), os.path.isabs(p))
print("realpath:", rel(os.path.realpath(os.path.join(base, "link_to_a", "x.txt"))))
print("islink:", os.path.islink(os.path.join(base, "link_to_a")), os.path.isdir(os.path.join(base, "link_to_a")))
print("samefile:", os.path.samefile(os.path.join(base, "link_to_a", "x.txt"), os.path.join(base, "a", "x.txt")))
print("split:", os.path.split("a/b/c.txt"), os.path.splitext("a/b/c.tar.gz"), os.path.basename("/x/y"))
print("join:", os.path.join("a", "b", "/c", "d"), os.path.normpath("a//b/./c/../d"), os.path.normpath(""))
print("normpath:", os.path.normpath("//a/../b"), os.path.normpath("///a"), os.path.normpath(b"a/./b/.."))
print("commonpath:", os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
os.chdir(base)
print("relative abspath:", rel(os.path.abspath("a/../e")), os.path.relpath("a/b", "e"))
print("ismount:", os.path.ismount("/"), os.path.ismount(base))
print("isdir missing:", os.path.isdir("missing"), os.path.exists(""), os.path.getsize("top.txt"))
try:
    os.path.getsize("missing")
except FileNotFoundError as e:
    print("getsize missing:", e)
os.chdir("/")
for top, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.unlink(os.path.join(top, f))
    for d in dirs:
        full = os.path.join(top, d)
        if os.path.islink(full):
            os.unlink(full)
        else:
            os.rmdir(full)
os.rmdir(base)
print("cleaned:", not os.path.exists(base))
