# The errors of os functions: argument conversions (paths, descriptors, dir_fd, ids, times)
# and the OSError subclasses with their errno, strerror and file names.
import os


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "->", type(e).__name__, e, "| errno", getattr(e, "errno", None),
              "| filename", repr(getattr(e, "filename", None)), repr(getattr(e, "filename2", None)))


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class Index:
    def __index__(self):
        return 1


missing = "/nonexistent-pythebo/x"

# paths
attempt("stat list", os.stat, [1])
attempt("stat float", os.stat, 1.5)
attempt("stat None", os.stat, None)
attempt("stat str nul", os.stat, "a\0b")
attempt("stat bytes nul", os.stat, b"a\0b")
attempt("stat missing", os.stat, missing)
attempt("stat missing bytes", os.stat, os.fsencode(missing))
attempt("stat pathlike", os.stat, PathLike(missing))
attempt("stat bad fspath", os.stat, PathLike(3))
attempt("stat empty", os.stat, "")
attempt("stat surrogate", os.stat, "/nonexistent-\udcff")
attempt("stat lone surrogate", os.stat, "\ud800")
attempt("open int path", os.open, 1, 0)
attempt("mkdir int", os.mkdir, 1)
attempt("listdir float", os.listdir, 1.0)
attempt("listdir missing", os.listdir, missing)
attempt("scandir missing", os.scandir, missing)
attempt("chdir None", os.chdir, None)
attempt("chdir missing", os.chdir, missing)
attempt("fspath int", os.fspath, 1)
attempt("fspath bad", os.fspath, PathLike(1))
attempt("fspath str", os.fspath, "x")
attempt("fspath bytes", os.fspath, b"x")
attempt("fspath pathlike", os.fspath, PathLike("p"))

# descriptors
attempt("stat bad fd", os.stat, 99999)
attempt("stat fd huge", os.stat, 2**40)
attempt("stat fd very negative", os.stat, -2**40)
attempt("stat index fd", lambda: os.stat(Index()).st_mode > 0)
attempt("fstat bad fd", os.fstat, 99999)
attempt("read bad fd", os.read, 99999, 1)
attempt("read negative", os.read, 0, -1)
attempt("read str fd", os.read, "a", 1)
attempt("read float fd", os.read, 1.5, 1)
attempt("write str", os.write, 1, "a")
attempt("write int", os.write, 1, 5)
attempt("close bad fd", os.close, 99999)
attempt("lseek bad whence", os.lseek, 0, 0, "a")
attempt("lseek huge", os.lseek, 0, 2**70, 0)
attempt("dup bad", os.dup, 99999)
attempt("dup2 bad", os.dup2, 99999, 99998)
attempt("get_inheritable bad", os.get_inheritable, 99999)
attempt("set_blocking bad", os.set_blocking, 99999, True)
attempt("isatty bad", os.isatty, 99999)
attempt("device_encoding bad", os.device_encoding, 99999)
attempt("fsync no fileno", os.fsync, "a")

# dir_fd and follow_symlinks
attempt("dir_fd str", os.stat, "x", dir_fd="a")
attempt("dir_fd float", os.stat, "x", dir_fd=1.5)
attempt("dir_fd huge", os.stat, "x", dir_fd=2**40)
attempt("dir_fd not a dir", os.stat, "x", dir_fd=0)
attempt("dir_fd bad", os.stat, "x", dir_fd=99999)
attempt("dir_fd with fd", os.stat, 1, dir_fd=3)
attempt("fd no follow", os.stat, 1, follow_symlinks=False)
attempt("dir_fd absolute", os.stat, missing, dir_fd=99999)

# two file names
attempt("rename missing", os.rename, missing, missing + "2")
attempt("rename mixed", os.rename, missing, os.fsencode(missing) + b"2")
attempt("link missing", os.link, missing, missing + "2")
attempt("symlink bad dir", os.symlink, "target", missing)
attempt("replace missing", os.replace, missing, "/tmp")

# others naming the file
for f in (os.rmdir, os.unlink, os.remove, os.readlink, os.lstat):
    attempt(f.__name__, f, missing)
attempt("chmod missing", os.chmod, missing, 0o777)
attempt("chmod str mode", os.chmod, missing, "a")
attempt("chmod huge mode", os.chmod, missing, 2**40)
attempt("chown missing", os.chown, missing, -1, -1)
attempt("chown str uid", os.chown, missing, "a", 0)
attempt("chown float uid", os.chown, missing, 1.0, 0)
attempt("chown uid -2", os.chown, missing, -2, -1)
attempt("chown uid 2**32", os.chown, missing, 2**32, -1)
attempt("chown uid 2**63", os.chown, missing, 2**63, -1)
attempt("chown str gid", os.chown, missing, 1, "x")
attempt("truncate missing", os.truncate, missing, 0)
attempt("truncate float", os.truncate, missing, 1.5)
attempt("access missing", os.access, missing, os.R_OK)
attempt("access str mode", os.access, missing, "r")
attempt("statvfs missing", os.statvfs, missing)
attempt("mkfifo missing", os.mkfifo, missing + "/f")
attempt("mknod missing", os.mknod, missing + "/f")

# utime
attempt("utime both", os.utime, missing, (1, 2), ns=(1, 2))
attempt("utime short", os.utime, missing, (1,))
attempt("utime list", os.utime, missing, [1, 2])
attempt("utime int", os.utime, missing, 5)
attempt("utime ns short", os.utime, missing, ns=(1,))
attempt("utime ns float", os.utime, missing, ns=(1.5, 2))
attempt("utime nan", os.utime, missing, (float("nan"), 1))
attempt("utime huge", os.utime, missing, (1e300, 1))
attempt("utime str", os.utime, missing, (1, "a"))
attempt("utime missing", os.utime, missing)
attempt("utime no follow", os.utime, missing, (1, 2), follow_symlinks=False)

# argument counts
attempt("stat no args", os.stat)
attempt("stat two args", os.stat, "x", "y")
attempt("getcwd arg", os.getcwd, 1)
attempt("kill one arg", os.kill, 1)
attempt("stat bad keyword", os.stat, path="x", bad=1)

# numbers
attempt("major", os.major, os.makedev(8, 1))
attempt("minor", os.minor, os.makedev(8, 1))
attempt("major negative", os.major, -1)
attempt("minor huge", os.minor, 2**64)
attempt("strerror 2", os.strerror, 2)
attempt("strerror unknown", os.strerror, 99999)
attempt("strerror str", os.strerror, "a")
attempt("urandom negative", os.urandom, -1)
attempt("urandom length", lambda: len(os.urandom(16)))
attempt("getrandom negative", os.getrandom, -1)

# the OSError subclasses
for errno_value in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 5):
    e = OSError(errno_value, os.strerror(errno_value))
    print(errno_value, type(e).__name__, e.strerror)
