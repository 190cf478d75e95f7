# glob and fnmatch through the Lib over a directory tree the program makes.
import fnmatch
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
for p in ("a/b/c", "a/d", ".hidden", "x[1]"):
    os.makedirs(p)
for p in ("a/one.py", "a/two.txt", "a/b/three.py", "a/b/c/four.py", "top.py", ".dot.py", "x[1]/in.txt"):
    open(p, "w").close()
os.symlink("a", "link")
print(sorted(glob.glob("*")))
print(sorted(glob.glob("*.py")), sorted(glob.glob(".*")))
print(sorted(glob.glob("a/*.py")), sorted(glob.glob("*/*.py")))
print(sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("a/**/", recursive=True)))
print(sorted(glob.glob("a/?n*")), sorted(glob.glob("a/[ot]*")), sorted(glob.glob("a/[!o]*")))
print(sorted(glob.glob("x[[]1]/*")), sorted(glob.glob(glob.escape("x[1]") + "/*")))
print(sorted(glob.glob("*.py", root_dir="a")), sorted(glob.glob(b"a/*.py")))
print(sorted(glob.iglob("link/b/*")), glob.glob("nothing*"), glob.glob("top.py"), glob.glob("missing.py"))
print(sorted(glob.glob("*", include_hidden=True)))
print(fnmatch.fnmatch("File.PY", "*.py"), fnmatch.fnmatchcase("File.PY", "*.py"), fnmatch.filter(["a.py", "b.c"], "*.py"))
os.chdir("/")
shutil.rmtree(base)
