import _thread, time
lock = _thread.allocate_lock()
lock.acquire()
t0 = time.monotonic()
got = lock.acquire(timeout=0.2)
elapsed = time.monotonic() - t0
print('acquired?', got, 'waited at least 0.15s?', elapsed >= 0.15, 'under 5s?', elapsed < 5)
