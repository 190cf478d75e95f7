import _thread, sys
done = _thread.allocate_lock()
go = _thread.allocate_lock()
done.acquire(); go.acquire()
seen = []
def worker():
    seen.append(('thread before', sys.exc_info()[0]))
    try:
        raise KeyError('thread')
    except KeyError:
        go.release()
        seen.append(('thread during', sys.exc_info()[0].__name__))
    done.release()
try:
    raise ValueError('main')
except ValueError:
    _thread.start_new_thread(worker, ())
    go.acquire()
    done.acquire()
    print('main still sees', sys.exc_info()[0].__name__)
print(seen)
