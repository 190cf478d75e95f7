import _thread
slots = [_thread.allocate_lock() for _ in range(3)]
finished = _thread.allocate_lock()
finished.acquire()
count = [0]
guard = _thread.allocate_lock()
total = 6
results = []
def task(n, slot):
    results.append(n * 10)
    slot.release()
    with guard:
        count[0] += 1
        if count[0] == total:
            finished.release()
for n in range(total):
    slot = slots[n % 3]
    slot.acquire()
    _thread.start_new_thread(task, (n, slot))
finished.acquire()
print(sorted(results))
