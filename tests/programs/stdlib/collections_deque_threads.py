# Threads hammering one deque: producers append on both ends while consumers pop from both,
# every operation atomic. Only totals are printed: every item arrives exactly once.
import _thread
from _collections import deque

N = 20000
PRODUCERS = 2
CONSUMERS = 2

d = deque()
results = []
results_lock = _thread.allocate_lock()
done = [_thread.allocate_lock() for _ in range(PRODUCERS + CONSUMERS)]
for lock in done:
    lock.acquire()


def producer(k):
    base = k * N
    for i in range(N):
        if i % 2:
            d.append(base + i)
        else:
            d.appendleft(base + i)
    done[k].release()


def consumer(k, quota):
    total = 0
    count = 0
    while count < quota:
        try:
            x = d.pop() if count % 2 else d.popleft()
        except IndexError:
            continue
        total += x
        count += 1
    with results_lock:
        results.append((count, total))
    done[PRODUCERS + k].release()


for k in range(PRODUCERS):
    _thread.start_new_thread(producer, (k,))
for k in range(CONSUMERS):
    _thread.start_new_thread(consumer, (k, PRODUCERS * N // CONSUMERS))
for lock in done:
    lock.acquire()

expected = sum(range(PRODUCERS * N))
print(len(d), sum(c for c, _ in results), sum(t for _, t in results) == expected)

# A bounded deque shared by writers keeps exactly maxlen items.
bounded = deque(maxlen=100)
finished = [_thread.allocate_lock() for _ in range(3)]
for lock in finished:
    lock.acquire()


def writer(k):
    for i in range(5000):
        bounded.append((k, i))
        if i % 7 == 0:
            bounded.rotate(1)
    finished[k].release()


for k in range(3):
    _thread.start_new_thread(writer, (k,))
for lock in finished:
    lock.acquire()
print(len(bounded), bounded.maxlen, len(set(bounded)))

# Iteration sees a consistent deque or reports the mutation.
shared = deque(range(1000))
outcomes = []
stop = _thread.allocate_lock()
stop.acquire()


def mutate():
    for i in range(2000):
        shared.append(i)
        shared.popleft()
    stop.release()


_thread.start_new_thread(mutate, ())
while not stop.acquire(False):
    try:
        items = list(shared)
        outcomes.append(len(items) in (1000, 1001))
    except RuntimeError as e:
        outcomes.append(str(e) == 'deque mutated during iteration')
print(all(outcomes), len(shared))
