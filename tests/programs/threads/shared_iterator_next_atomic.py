"""next() on an iterator shared by two threads is atomic: every item is taken exactly once."""
import _thread
it = iter(range(200000)); lst = iter(list(range(200000)))
got = [[], []]; done = _thread.allocate_lock(); lk = _thread.allocate_lock(); left = [2]
def worker(k):
    for x in it:
        got[k].append(x)
    for x in lst:
        got[k].append(x)
    with lk:
        left[0] -= 1
        if left[0] == 0: done.release()
done.acquire()
_thread.start_new_thread(worker, (0,)); _thread.start_new_thread(worker, (1,))
done.acquire()
allx = sorted(got[0] + got[1])
print(len(allx), allx == sorted(list(range(200000)) * 2))
