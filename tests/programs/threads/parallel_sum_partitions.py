import _thread
data = list(range(100000))
parts = 4
results = [None] * parts
lock = _thread.allocate_lock()
left = [parts]
done = _thread.allocate_lock()
done.acquire()
def summer(i):
    chunk = data[i::parts]
    s = 0
    for v in chunk:
        s += v * v
    results[i] = s
    with lock:
        left[0] -= 1
        if left[0] == 0:
            done.release()
for i in range(parts):
    _thread.start_new_thread(summer, (i,))
done.acquire()
print(results, sum(results) == sum(v * v for v in data))
