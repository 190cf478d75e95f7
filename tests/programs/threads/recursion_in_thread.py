import _thread
done = _thread.allocate_lock()
done.acquire()
report = []
def deep(n):
    return deep(n + 1)
def worker():
    try:
        deep(0)
    except RecursionError as e:
        report.append('RecursionError in thread: ' + str(e))
    report.append('thread continues')
    done.release()
_thread.start_new_thread(worker, ())
done.acquire()
print('\n'.join(report))
try:
    deep(0)
except RecursionError:
    print('main thread RecursionError too')
