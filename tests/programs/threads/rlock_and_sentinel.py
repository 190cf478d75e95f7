"""_thread.RLock (reentrancy, ownership across threads, _release_save/_acquire_restore), _thread.stack_size and _set_sentinel."""
import _thread, time
r = _thread.RLock(); print(r.acquire(), r.acquire())
print(sorted(n for n in dir(r) if not n.startswith('__')))
print(r._is_owned(), r._release_save()[0], r._is_owned())
r._acquire_restore((2, _thread.get_ident()))
r.release(); r.release()
try: r.release()
except RuntimeError as e: print(e)
try: r._release_save()
except RuntimeError as e: print(e)
print(_thread.stack_size(), _thread.stack_size(0))
for v in [-1, 1, 32767, 32768, 2**20]:
    try: print(v, _thread.stack_size(v))
    except Exception as e: print(v, type(e).__name__, e)
print(_thread.stack_size())
l = _thread._set_sentinel(); print(type(l), l.locked())
with r: print('in', r._is_owned())
print(r.acquire(blocking=False), r.acquire(True, 0.5)); r.release(); r.release()
try: r.acquire(False, 1)
except ValueError as e: print(e)
print(type(r).__name__, type(r).__module__)
# ownership across threads, sentinel released at thread end
done = _thread.allocate_lock(); done.acquire()
out = []
def worker():
    out.append(_thread._set_sentinel())
    out.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    done.release()
r.acquire()
_thread.start_new_thread(worker, ())
done.acquire()
time.sleep(0.1)
print(out[1:], out[0].locked())
r.release()
counter = [0]
fin = _thread.allocate_lock(); fin.acquire(); left = [4]
def inc():
    for i in range(2000):
        with r:
            with r:
                counter[0] += 1
    with r:
        left[0] -= 1
        if left[0] == 0:
            fin.release()
for i in range(4):
    _thread.start_new_thread(inc, ())
fin.acquire()
print(counter[0])
