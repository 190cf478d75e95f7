import errno

import py

p = py.path.local("pytest_project")
print(p.basename, p.check(dir=1), sorted(x.basename for x in p.listdir("*.py")), p.join("conftest.py").ext)
print(py.path.local("a/b/../c.txt").relto(py.path.local()), py.std.os.path.basename("/x/y") if hasattr(py, "std") else "")
print(py.error.ENOENT.__name__, issubclass(py.error.ENOENT, EnvironmentError), py.error.ENOENT.errno == errno.ENOENT)
try:
    py.path.local("does-not-exist").read()
except py.error.ENOENT as e:
    print("ENOENT:", type(e).__name__)
print(py.iniconfig.__name__, py.io.TerminalWriter.__name__, py.builtin._totext(b"x", "ascii"))
