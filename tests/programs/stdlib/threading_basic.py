import threading

results = []
lock = threading.Lock()


def work(n, out):
    with lock:
        out.append(n * n)


threads = [threading.Thread(target=work, args=(i, results), name="worker-%d" % i) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.name for t in threads][:2], threads[0].is_alive())

counter = 0
def add():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)


class MyThread(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.value = None

    def run(self):
        self.value = threading.current_thread() is self


t = MyThread()
print(t.daemon, t.ident is None, t.native_id is None)
t.start()
t.join(timeout=5)
print(t.value, t.is_alive(), isinstance(t.ident, int))
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
print(threading.active_count() >= 1, threading.main_thread() in threading.enumerate())
print(isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))

rlock = threading.RLock()
with rlock:
    with rlock:
        print("reentrant ok")
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())

cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3, timeout=5)
        items.append("done")


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(items)

ev = threading.Event()
print(ev.is_set(), ev.wait(timeout=0.01))
threading.Thread(target=ev.set).start()
print(ev.wait(timeout=5), ev.is_set())
ev.clear()
print(ev.is_set())

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
bsem = threading.BoundedSemaphore(1)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(3)
order = []


def arrive(i):
    idx = barrier.wait(timeout=5)
    with lock:
        order.append(idx)


bs = [threading.Thread(target=arrive, args=(i,)) for i in range(3)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print(sorted(order), barrier.parties, barrier.n_waiting, barrier.broken)

local = threading.local()
local.x = "main"
seen = []


def read_local():
    seen.append(hasattr(local, "x"))
    local.x = "thread"
    seen.append(local.x)


rt = threading.Thread(target=read_local)
rt.start()
rt.join()
print(seen, local.x)

fired = []
timer = threading.Timer(0.01, lambda: fired.append(True))
timer.start()
timer.join()
cancelled = threading.Timer(10, lambda: fired.append("no"))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

import io, sys
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
bad = threading.Thread(target=lambda: 1 / 0, name="bad-thread")
bad.start()
bad.join()
print(caught)
threading.excepthook = threading.__excepthook__

for f in [lambda: threading.Lock().release(), lambda: threading.RLock().release(),
          lambda: threading.Thread(target=None).join(), lambda: threading.current_thread().join(),
          lambda: threading.Semaphore(-1), lambda: threading.Condition().wait(0), lambda: threading.Barrier(0)]:
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
t = threading.Thread(target=lambda: None)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(threading.Thread(name="x")).split(" ")[0], threading.TIMEOUT_MAX > 0)
