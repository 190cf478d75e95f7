import _queue
import queue
import threading
import weakref

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty, _queue.Empty.__module__)
print(_queue.SimpleQueue.__module__, _queue.SimpleQueue.__name__, _queue.SimpleQueue.__doc__)
for name in ["put", "put_nowait", "get", "get_nowait", "empty", "qsize"]:
    print(name, getattr(_queue.SimpleQueue, name).__text_signature__)
print(_queue.Empty.__doc__, _queue.Empty.__mro__[1:])
print(queue.SimpleQueue[int], _queue.__doc__)

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put("two", block=False, timeout=-5)
q.put_nowait(None)
q.put(item=[4])
print(q.qsize(), q.empty(), q.get(), q.get(block=True), q.get_nowait(), q.get(timeout=1), q.empty())
for attempt in [lambda: q.get_nowait(), lambda: q.get(False), lambda: q.get(block=False, timeout=-1),
                lambda: q.get(timeout=0), lambda: q.get(True, 0.01)]:
    try:
        attempt()
    except queue.Empty as e:
        print("Empty", repr(e), e.args)

for bad in [lambda: q.get(timeout=-1), lambda: q.get(timeout="x"), lambda: q.get(timeout=1e300),
            lambda: queue.SimpleQueue(1), lambda: queue.SimpleQueue(maxsize=1), lambda: q.put(),
            lambda: q.put(1, 2, 3, 4), lambda: q.put_nowait(1, block=True),
            lambda: q.get(timeout=float("nan"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

import pickle, copy
for f in [lambda: pickle.dumps(q), lambda: copy.copy(q)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(weakref.ref(q)() is q)


class Tracked(queue.SimpleQueue):
    def put(self, item, block=True, timeout=None):
        super().put(("tracked", item))


t = Tracked()
t.put(5)
t.extra = "attr"
print(t.get(), t.qsize(), t.extra, isinstance(t, queue.SimpleQueue), type(t).__name__)

# Many producers and consumers: nothing lost, nothing doubled, FIFO per producer.
work = queue.SimpleQueue()
out = queue.SimpleQueue()
N, P = 2000, 4


def produce(k):
    for i in range(N):
        work.put((k, i))


def consume():
    while (item := work.get()) is not None:
        out.put(item)


consumers = [threading.Thread(target=consume) for _ in range(3)]
producers = [threading.Thread(target=produce, args=(k,)) for k in range(P)]
for th in consumers + producers:
    th.start()
for th in producers:
    th.join()
for _ in consumers:
    work.put(None)
for th in consumers:
    th.join()
got = []
while not out.empty():
    got.append(out.get_nowait())
print(len(got), len(set(got)), sorted(got) == sorted((k, i) for k in range(P) for i in range(N)))

# A blocked get wakes when another thread puts.
waiter = queue.SimpleQueue()
result = []
th = threading.Thread(target=lambda: result.append(waiter.get(timeout=10)))
th.start()
waiter.put("woken")
th.join()
print(result)
