# Itertools iterators shared between threads: each next() is atomic, so the threads together
# see every item exactly once. Only totals are printed.
import _thread
from itertools import count, chain, islice, product, tee, zip_longest, cycle, accumulate, repeat

THREADS = 4


def drain(iterator, per_thread=None):
    """Runs THREADS threads pulling from iterator; returns everything they got."""
    got = []
    lock = _thread.allocate_lock()
    done = [_thread.allocate_lock() for _ in range(THREADS)]
    for d in done:
        d.acquire()

    def work(k):
        mine = []
        try:
            while per_thread is None or len(mine) < per_thread:
                mine.append(next(iterator))
        except StopIteration:
            pass
        with lock:
            got.extend(mine)
        done[k].release()

    for k in range(THREADS):
        _thread.start_new_thread(work, (k,))
    for d in done:
        d.acquire()
    return got


got = drain(count(), per_thread=5000)
print('count', len(got), len(set(got)), max(got) == len(got) - 1)
got = drain(chain.from_iterable(range(i) for i in range(200)))
print('chain', len(got), sum(got) == sum(sum(range(i)) for i in range(200)))
got = drain(islice(count(), 0, 40000, 3))
print('islice', len(got), len(set(got)), sorted(got) == list(range(0, 40000, 3)))
got = drain(product(range(30), repeat=3))
print('product', len(got), len(set(got)))
got = drain(zip_longest(range(5000), range(7000)))
print('zip_longest', len(got), len(set(got)))
got = drain(accumulate(range(20000)))
print('accumulate', len(got), sorted(got)[-1] == sum(range(20000)))
got = drain(cycle('abcd'), per_thread=1000)
print('cycle', len(got), sorted(set(got)), got.count('a') == 1000)
got = drain(repeat('r', 9999))
print('repeat', len(got))

# Tees of one source used from different threads: each reads every item once, in order.
tees = tee(iter(range(20000)), THREADS)
results = [None] * THREADS
done = [_thread.allocate_lock() for _ in range(THREADS)]
for d in done:
    d.acquire()


def consume(k):
    results[k] = list(tees[k])
    done[k].release()


for k in range(THREADS):
    _thread.start_new_thread(consume, (k,))
for d in done:
    d.acquire()
print('tee', [len(r) for r in results], all(r == list(range(20000)) for r in results))

# One tee shared by several threads.
shared, other = tee(range(30000))
got = drain(shared)
print('shared tee', len(got), len(set(got)), list(other)[-1])
