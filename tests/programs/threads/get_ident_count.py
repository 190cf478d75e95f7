import _thread
main_id = _thread.get_ident()
print(type(main_id).__name__, main_id == _thread.get_ident(), type(_thread.get_native_id()).__name__)
print('count at start', _thread._count())
ids = []
started = _thread.allocate_lock()
release = _thread.allocate_lock()
finished = _thread.allocate_lock()
started.acquire(); release.acquire(); finished.acquire()
def worker():
    ids.append(_thread.get_ident())
    started.release()
    release.acquire()
    finished.release()
_thread.start_new_thread(worker, ())
started.acquire()
print('count while running', _thread._count())
print('different ident', ids[0] != main_id)
release.release()
finished.acquire()
import time
for _ in range(200):
    if _thread._count() == 0:
        break
    time.sleep(0.01)
print('count after', _thread._count())
