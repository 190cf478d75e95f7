# The stat module over _stat: file types, permission bits, filemode and their argument errors.
import stat
import _stat

modes = [0o100644, 0o40755, 0o120777, 0o20620, 0o60660, 0o10644, 0o140755, 0o104755, 0o102711, 0o41777,
         0o1644, 0o170777, 0, 0o777]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISCHR(m),
          stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_ISDOOR(m), stat.S_ISPORT(m),
          stat.S_ISWHT(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IRWXU, stat.S_ISUID, stat.UF_HIDDEN, stat.SF_APPEND)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IFDOOR, stat.S_IFWHT)
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
print(_stat.S_ISDIR.__doc__)
print(_stat.filemode.__doc__)
for bad in ("a", 1.5, -1, 2**32, 2**64, None):
    for f in (_stat.S_ISDIR, _stat.filemode, _stat.S_IMODE):
        try:
            print(f.__name__, repr(bad), f(bad))
        except Exception as e:
            print(f.__name__, repr(bad), type(e).__name__, e)
print(_stat.S_ISDIR(True), _stat.filemode(True))
try:
    _stat.S_ISDIR()
except TypeError as e:
    print(e)
try:
    _stat.S_ISDIR(1, 2)
except TypeError as e:
    print(e)
