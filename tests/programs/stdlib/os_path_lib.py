# os and os.path functions that go through re or warnings in the Lib: expandvars, get_exec_path,
# fnmatch-free path helpers, makedirs/removedirs and walk over a temporary tree.
import os
import shutil
import tempfile

os.environ["PYTHEBOTEST_A"] = "alpha"
print(os.path.expandvars("$PYTHEBOTEST_A-${PYTHEBOTEST_A}-$PYTHEBOTEST_NOPE"), os.path.expandvars(b"$PYTHEBOTEST_A"))
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({b"PATH": b"/c"}))
base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs("x/y/z")
os.makedirs("x/y/z", exist_ok=True)
try:
    os.makedirs("x/y/z")
except FileExistsError as e:
    print("makedirs:", e.errno, e.filename)
os.removedirs("x/y/z")
print("removedirs:", os.listdir("."))
os.makedirs("t/a")
open("t/a/f", "w").close()
open("t/g", "w").close()
for root, dirs, files in os.walk("t", topdown=False):
    print(root, sorted(dirs), sorted(files))
for root, dirs, files, fd in os.fwalk("t"):
    print(root, sorted(dirs), sorted(files), type(fd).__name__)
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]), os.path.relpath("/a/b", "/a/c"))
print(os.path.realpath("t/a/../g") == os.path.join(base, "t/g"), os.path.getsize("t/g"), os.path.samefile("t/g", "./t/g"))
os.chdir("/")
shutil.rmtree(base)
