import _thread
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(True, 0.01), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('inside with', lock.locked())
print('after with', lock.locked())
print(_thread.LockType is type(lock), _thread.error is RuntimeError)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print(e)
