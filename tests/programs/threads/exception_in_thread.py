import _thread, sys, time
done = _thread.allocate_lock()
done.acquire()
def worker():
    try:
        raise ValueError('handled inside thread')
    except ValueError as e:
        print('thread caught', e)
    finally:
        done.release()
_thread.start_new_thread(worker, ())
done.acquire()
print('main continues')
