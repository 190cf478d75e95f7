import _thread
N = 8
counter = [0]
counter_lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
remaining = [N]
finished.acquire()
def work(k):
    for _ in range(1000):
        with counter_lock:
            counter[0] += 1
    with counter_lock:
        remaining[0] -= 1
        if remaining[0] == 0:
            finished.release()
for i in range(N):
    _thread.start_new_thread(work, (i,))
finished.acquire()
print('counter', counter[0])
