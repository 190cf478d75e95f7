import _thread
done = _thread.allocate_lock()
done.acquire()
out = {}
def f(a, b=0, *, c):
    out['v'] = (a, b, c)
    done.release()
_thread.start_new_thread(f, (1,), {'c': 3})
done.acquire()
print(out)
for bad in [lambda: _thread.start_new_thread(5, ()), lambda: _thread.start_new_thread(f, [1]), lambda: _thread.start_new_thread(f, (), 5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
