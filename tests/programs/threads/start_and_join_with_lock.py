import _thread
done = _thread.allocate_lock()
done.acquire()
result = []
def worker(a, b):
    result.append(a + b)
    done.release()
_thread.start_new_thread(worker, (2, 3))
done.acquire()
print('result', result)
