# concurrent.futures: a thread pool's submit, map, as_completed and wait, results and
# exceptions of futures, callbacks, cancellation, shutdown, and Future used on its own.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError('bad %d' % x)


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fut = ex.submit(square, 7)
    print(fut.result(timeout=10), fut.done(), fut.cancelled(), fut.exception())
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    futs = {ex.submit(square, n): n for n in range(5)}
    print(sorted((futs[f], f.result()) for f in cf.as_completed(futs)))
    bad = ex.submit(fail, 3)
    try:
        bad.result()
    except ValueError as e:
        print('raised', e)
    print(type(bad.exception()).__name__, bad.exception())
    done, not_done = cf.wait([ex.submit(square, 2), ex.submit(square, 3)])
    print(sorted(f.result() for f in done), not_done)
    done, not_done = cf.wait([ex.submit(fail, 1), ex.submit(square, 4)], return_when=cf.FIRST_EXCEPTION)
    print(len(done) >= 1, any(f.exception() is not None for f in done))
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print('map raised', e)
    seen = []
    f2 = ex.submit(square, 5)
    f2.result()
    f2.add_done_callback(lambda f: seen.append(('cb', f.result())))
    print(seen)
    names = set(ex.map(lambda _: threading.current_thread().name.startswith('ThreadPoolExecutor-'), range(8)))
    print(names)
    print(list(ex.map(square, [], timeout=1)), list(ex.map(square, range(4), chunksize=2)))

lock = threading.Lock()
counter = [0]


def work(n):
    for _ in range(1000):
        with lock:
            counter[0] += 1
    return n


with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='w') as ex:
    results = list(ex.map(work, range(6)))
print(results, counter[0])

ex = cf.ThreadPoolExecutor(1)
ev = threading.Event()
first = ex.submit(ev.wait, 10)
queued = ex.submit(square, 9)
print(queued.cancel(), queued.cancelled(), queued.done())
try:
    queued.result()
except cf.CancelledError as e:
    print('CancelledError', type(e).__mro__[1].__name__)
ev.set()
print(first.result())
ex.shutdown(wait=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError', e)

f = cf.Future()
print(f.running(), f.done(), f.set_running_or_notify_cancel(), f.running())
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
f.set_result('value')
print(f.result(), calls, f.done())
try:
    f.set_result('again')
except cf.InvalidStateError as e:
    print('InvalidStateError', e.__class__.__name__)
f3 = cf.Future()
try:
    f3.result(timeout=0.01)
except TimeoutError as e:
    print('timeout', type(e).__name__, cf.TimeoutError is TimeoutError)
f3.set_exception(KeyError('k'))
print(repr(f3.exception()), f3.cancel())
f4 = cf.Future()
print(f4.cancel(), f4.cancel(), f4.cancelled())
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError', e)
with cf.ThreadPoolExecutor() as ex:
    fs = [ex.submit(time.sleep, 0.01) for _ in range(3)]
    print([f.result() for f in cf.as_completed(fs, timeout=10)])
