# pathlib through the Lib: pure operations and the file system ones over a temporary directory.
import os
import pathlib
import shutil
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/lib/python3.11/os.py")
print(p.name, p.suffix, p.stem, p.parent, p.parts, p.anchor, list(map(str, p.parents))[:2])
print(p.with_suffix(".pyc"), p.with_name("x.py"), p.relative_to("/usr"), p.is_absolute(), p.match("*.py"))
print(PurePosixPath("a") / "b" / "../c", PurePosixPath("a//b/./c"), repr(PurePosixPath("x")))
base = Path(tempfile.mkdtemp()).resolve()
os.chdir(base)
d = Path("dir")
d.mkdir()
(d / "sub").mkdir(parents=True, exist_ok=True)
Path("deep/er/est").mkdir(parents=True)
try:
    d.mkdir()
except FileExistsError as e:
    print("mkdir exists:", e.errno, e.filename)
try:
    Path("no/such").mkdir()
except FileNotFoundError as e:
    print("mkdir parent:", e.errno, e.filename)
f = d / "file.txt"
print(f.write_text("héllo\n", encoding="utf-8"), f.read_text(encoding="utf-8"), f.read_bytes())
print((d / "b.bin").write_bytes(b"\x00\x01"), (d / "b.bin").stat().st_size)
print(f.exists(), f.is_file(), f.is_dir(), d.is_dir(), Path("missing").exists(), f.is_symlink())
print(sorted(x.name for x in d.iterdir()))
print(sorted(str(x) for x in Path(".").glob("*/*")), sorted(str(x) for x in Path(".").rglob("*.txt")))
print(sorted(str(x) for x in Path(".").glob("**/est")))
(base / "link").symlink_to("dir/file.txt")
print(Path("link").is_symlink(), Path("link").resolve() == f.resolve(), Path("link").readlink())
print(Path("link").resolve().relative_to(base), Path(".").resolve() == base, Path("dir/../dir/./file.txt").resolve().relative_to(base))
print(Path("missing/x").resolve() == base / "missing/x")
try:
    Path("missing/x").resolve(strict=True)
except FileNotFoundError as e:
    print("strict:", e.errno)
st = f.stat()
print(oct(st.st_mode & 0o170000), st.st_size, f.lstat().st_size == st.st_size)
f.chmod(0o600)
print(oct(f.stat().st_mode & 0o777))
f.touch()
Path("new").touch()
print(Path("new").exists(), Path("new").stat().st_size)
g = f.rename(d / "renamed.txt")
print(g, f.exists(), g.exists())
g.replace("top.txt")
print(sorted(x.name for x in Path(".").iterdir()))
Path("top.txt").unlink()
Path("top.txt").unlink(missing_ok=True)
try:
    Path("top.txt").unlink()
except FileNotFoundError as e:
    print("unlink:", e.errno, e.filename)
(d / "sub").rmdir()
print(Path.cwd() == base, Path.home() == Path(os.path.expanduser("~")), Path("~").expanduser() == Path.home())
print(Path("dir").absolute() == base / "dir", Path("dir").samefile(base / "dir"), Path("x.tar.gz").suffixes)
with Path("with.txt").open("w") as fh:
    fh.write("a\nb\n")
print(Path("with.txt").read_text().splitlines(), Path("with.txt").owner() == Path("dir").owner())
os.chdir("/")
shutil.rmtree(base)
