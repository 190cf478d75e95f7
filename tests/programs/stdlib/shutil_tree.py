# shutil through the Lib: copy, copy2, copyfile, copytree, rmtree, move, which, disk_usage, make_archive's
# helpers aside; prints relative names and properties only.
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp(prefix="pythebo-shutil-")
os.chdir(base)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        rel = os.path.relpath(root, top)
        out.append((rel, sorted(files)))
    return out


os.makedirs("src/a/b")
with open("src/one.txt", "w") as f:
    f.write("one\n")
with open("src/a/two.txt", "w") as f:
    f.write("two\n" * 1000)
with open("src/a/b/three.bin", "wb") as f:
    f.write(bytes(range(256)))
os.symlink("one.txt", "src/link")
os.chmod("src/one.txt", 0o640)

print("copyfile:", shutil.copyfile("src/one.txt", "copied.txt"), open("copied.txt").read())
print("copy:", shutil.copy("src/one.txt", "copy.txt"), oct(stat.S_IMODE(os.stat("copy.txt").st_mode)))
os.utime("src/one.txt", (1_000_000, 2_000_000))
shutil.copy2("src/one.txt", "copy2.txt")
print("copy2 mtime:", os.stat("copy2.txt").st_mtime, oct(stat.S_IMODE(os.stat("copy2.txt").st_mode)))
os.mkdir("into")
print("copy into dir:", shutil.copy("src/one.txt", "into"))
print("copytree:", shutil.copytree("src", "dst"))
print(tree("dst"))
print("symlink copied as:", os.path.islink("dst/link"), os.path.isfile("dst/link"))
shutil.copytree("src", "dst2", symlinks=True, ignore=shutil.ignore_patterns("*.bin"))
print(tree("dst2"), os.readlink("dst2/link"))
try:
    shutil.copytree("src", "dst")
except FileExistsError as e:
    print("copytree exists:", e.errno, os.path.basename(e.filename))
shutil.copytree("src", "dst", dirs_exist_ok=True)
print("same file:", end=" ")
try:
    shutil.copyfile("copy.txt", "copy.txt")
except shutil.SameFileError as e:
    print(type(e).__name__)
print("move file:", shutil.move("copy.txt", "moved.txt"), os.path.exists("copy.txt"))
print("move dir:", shutil.move("dst2", "into"), sorted(os.listdir("into")))
shutil.rmtree("dst")
print("rmtree:", os.path.exists("dst"))
try:
    shutil.rmtree("nope")
except FileNotFoundError as e:
    print("rmtree missing:", e.errno, e.filename)
errors = []
shutil.rmtree("nope", onerror=lambda f, p, e: errors.append((f.__name__, p, e[0].__name__)))
print("onerror:", errors)
shutil.rmtree("nope", ignore_errors=True)
print("which sh:", shutil.which("sh") is not None, shutil.which("no-such-program-pythebo"))
os.makedirs("bin")
with open("bin/tool", "w") as f:
    f.write("#!/bin/sh\n")
os.chmod("bin/tool", 0o755)
print("which path:", shutil.which("tool", path=os.path.join(base, "bin")) == os.path.join(base, "bin", "tool"))
usage = shutil.disk_usage(".")
print("disk_usage:", type(usage).__name__, usage.total >= usage.used >= 0, usage.free >= 0)
print("chown missing:", end=" ")
try:
    shutil.chown("moved.txt")
except ValueError as e:
    print(e)
print("copymode:", shutil.copymode("src/one.txt", "moved.txt"), oct(stat.S_IMODE(os.stat("moved.txt").st_mode)))
print("terminal size:", shutil.get_terminal_size((33, 11)))
os.chdir("/")
shutil.rmtree(base)
print("cleaned:", os.path.exists(base))
