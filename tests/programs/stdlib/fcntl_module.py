# fcntl: descriptor flags, status flags, locks and ioctl on pipes and files.
import fcntl
import os
import termios


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


class FileLike:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


r, w = os.pipe()
print("cloexec:", fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, 0)
print("inheritable:", os.get_inheritable(r), fcntl.fcntl(FileLike(r), fcntl.F_GETFD))
flags = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print("nonblocking:", os.get_blocking(w), bool(fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK))
print("bytes arg:", fcntl.fcntl(r, fcntl.F_GETFL, b"abcd"), fcntl.fcntl(r, fcntl.F_GETFL, "xy"))
print("pipe size:", fcntl.fcntl(r, fcntl.F_GETPIPE_SZ) >= 4096)
attempt("long arg", fcntl.fcntl, r, fcntl.F_GETFL, b"x" * 1025)
attempt("bytearray arg", fcntl.fcntl, r, fcntl.F_GETFL, bytearray(b"x"))
attempt("float arg", fcntl.fcntl, r, fcntl.F_GETFL, 1.5)
attempt("bad fd", fcntl.fcntl, 99999, fcntl.F_GETFD)
attempt("negative fd", fcntl.fcntl, -1, fcntl.F_GETFD)
attempt("str fd", fcntl.fcntl, "x", fcntl.F_GETFD)
attempt("bad fileno", fcntl.fcntl, FileLike("x"), fcntl.F_GETFD)
attempt("str cmd", fcntl.fcntl, r, "a")
os.write(w, b"hello")
buf = bytearray(4)
print("ioctl FIONREAD:", fcntl.ioctl(r, termios.FIONREAD, buf), bytes(buf))
print("ioctl copy:", fcntl.ioctl(r, termios.FIONREAD, b"\0\0\0\0"), fcntl.ioctl(r, termios.FIONREAD, buf, False))
attempt("ioctl int", fcntl.ioctl, r, termios.FIONREAD)
attempt("ioctl not tty", fcntl.ioctl, r, termios.TIOCGWINSZ, b"\0" * 8)
attempt("ioctl str request", fcntl.ioctl, r, "a")

base = "/tmp/pythebo-fcntl-%d" % os.getpid()
fd = os.open(base, os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX)
fcntl.lockf(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 0, os.SEEK_SET)
print("locks done")
attempt("lockf bad cmd", fcntl.lockf, fd, 0x100)
attempt("lockf read lock on write-only", fcntl.lockf, w, fcntl.LOCK_SH)
attempt("flock bad fd", fcntl.flock, 99999, fcntl.LOCK_SH)
os.close(fd)
os.unlink(base)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.F_DUPFD_CLOEXEC)
