# select.epoll over pipes: registration, poll, closing and the context manager.
import os
import select


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


r, w = os.pipe()
names = {r: "r", w: "w"}


def named(events):
    return [(names.get(fd, fd), ev) for fd, ev in events]


ep = select.epoll()
print(type(ep).__name__, ep.closed, ep.fileno() > 2, os.get_inheritable(ep.fileno()))
ep.register(r, select.EPOLLIN)
ep.register(w)
print("writable:", named(ep.poll(0)))
os.write(w, b"abc")
print("both:", sorted(named(ep.poll(0.1))))
print("maxevents 1:", len(ep.poll(0, 1)))
ep.modify(w, 0)
print("after modify:", named(ep.poll(0)))
ep.unregister(w)
attempt("register twice", ep.register, r)
attempt("unregister missing", ep.unregister, w)
attempt("modify missing", ep.modify, w, 1)
attempt("register bad fd", ep.register, 99999)
attempt("maxevents 0", ep.poll, 0, 0)
attempt("maxevents -2", ep.poll, 0, -2)
attempt("timeout str", ep.poll, "a")
attempt("timeout huge", ep.poll, 2**70)
attempt("negative sizehint", select.epoll, -2)
attempt("zero sizehint", select.epoll, 0)
attempt("bad flags", select.epoll, 5, 1)
attempt("mask -1", ep.register, w, -1)
ep.close()
print("closed:", ep.closed)
ep.close()
for name in ("fileno", "poll", "__enter__"):
    attempt(name + " closed", getattr(ep, name))
attempt("register closed", ep.register, r)
with select.epoll() as ep2:
    ep2.register(r, select.EPOLLIN)
    print("with:", named(ep2.poll(0)), ep2.closed)
print("after with:", ep2.closed)
ep3 = select.epoll.fromfd(os.dup(r))
print("fromfd:", ep3.closed, type(ep3).__name__)
ep3.close()
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLL_CLOEXEC)
try:
    class Sub(select.epoll):
        pass
except TypeError as e:
    print("subclass:", e)
os.close(r)
os.close(w)
