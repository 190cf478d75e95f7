import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)], q.empty())

lq = queue.LifoQueue()
for item in "abc":
    lq.put(item)
print([lq.get_nowait() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue timeout")

bq = queue.Queue(maxsize=2)
bq.put("x")
bq.put("y")
print(bq.full(), bq.maxsize)
try:
    bq.put_nowait("z")
except queue.Full:
    print("Full raised")
try:
    bq.put("z", timeout=0.01)
except queue.Full:
    print("Full after timeout")
bq.get()
bq.get()
try:
    bq.get(block=False)
except queue.Empty:
    print("Empty raised")
try:
    bq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bq.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# task_done / join
work = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            results.append(item * item)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for i in range(100):
    work.put(i)
for _ in threads:
    work.put(None)
work.join()
for t in threads:
    t.join()
print(len(results), sum(results), sorted(results)[:5])
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

# producer/consumer on SimpleQueue
sq = queue.SimpleQueue()
got = []


def consume():
    while (x := sq.get()) is not None:
        got.append(x)


c = threading.Thread(target=consume)
c.start()
for i in range(1000):
    sq.put(i)
sq.put(None)
c.join()
print(len(got), got == list(range(1000)))
print(queue.Queue[int])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
