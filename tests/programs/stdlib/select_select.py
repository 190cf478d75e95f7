# select.select and poll objects over pipes: readiness, timeouts, registration and errors.
import os
import select


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

    def __repr__(self):
        return "FileLike(%s)" % ("r" if self.fd == r else "w")


r, w = os.pipe()
print("idle:", select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"data")
print("readable:", select.select([r], [], [], 0) == ([r], [], []))
fr, fw = FileLike(r), FileLike(w)
print("objects:", select.select([fr], [fw], [fr, fw], 0.01))
print("tuples and dicts:", select.select((r,), {w: 1}, iter([]), None)[1] == [w])
print("duplicates:", select.select([r, r], [], [], 0)[0] == [r, r])
os.read(r, 100)
print("timeout elapses:", select.select([r], [], [], 0.05))
attempt("not a sequence", select.select, 5, [], [])
attempt("negative timeout", select.select, [r], [], [], -1)
attempt("str timeout", select.select, [r], [], [], "a")
attempt("nan timeout", select.select, [r], [], [], float("nan"))
attempt("huge timeout", select.select, [r], [], [], 1e300)
attempt("big int timeout", select.select, [r], [], [], 2**70)
attempt("fd too big", select.select, [5000], [], [], 0)
attempt("bad fd", select.select, [99999 % 1000 + 900], [], [], 0)
attempt("negative fd", select.select, [-1], [], [], 0)
attempt("no fileno", select.select, ["x"], [], [], 0)
attempt("bad fileno", select.select, [FileLike("x")], [], [], 0)

names = {r: "r", w: "w"}


def named(events):
    return [(names.get(fd, fd), ev) for fd, ev in events]


p = select.poll()
print(type(p).__name__, type(p).__module__)
p.register(r)
p.register(fw, select.POLLOUT)
print("poll idle:", named(p.poll(0)))
os.write(w, b"x")
print("poll ready:", named(p.poll(None)), named(p.poll(10)), named(p.poll(1.5)))
p.modify(fr, select.POLLIN | select.POLLPRI)
p.unregister(w)
print("after unregister:", named(p.poll(0)))
try:
    p.unregister(w)
except KeyError as e:
    print("unregister twice -> KeyError", e.args[0] == w)
attempt("modify missing", p.modify, w, select.POLLIN)
attempt("register bad mask", p.register, r, -1)
attempt("register big mask", p.register, r, 2**16)
attempt("register str mask", p.register, r, "a")
attempt("register str", p.register, "a")
attempt("poll str", p.poll, "a")
attempt("poll huge", p.poll, 2**40)
attempt("poll too huge", p.poll, 2**70)
p.register(999)
print("invalid fd:", named(p.poll(0)))
attempt("poll instances", type(p))
print("constants:", select.POLLIN, select.POLLOUT, select.POLLNVAL, select.PIPE_BUF, select.error is OSError)
os.close(r)
os.close(w)
