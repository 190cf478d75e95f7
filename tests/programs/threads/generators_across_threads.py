import _thread
def gen():
    for i in range(5):
        yield i * i
shared = gen()
out = []
done = _thread.allocate_lock()
done.acquire()
def consume():
    for _ in range(3):
        out.append(next(shared))
    done.release()
_thread.start_new_thread(consume, ())
done.acquire()
out.extend(shared)
print(out)
