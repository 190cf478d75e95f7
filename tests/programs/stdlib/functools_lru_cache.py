# The C lru_cache (_functools._lru_cache_wrapper): unbounded, bounded and no cache, typed keys,
# keyword order, statistics, clearing, binding as a method, and threads sharing one cache.
import _thread
from _functools import _lru_cache_wrapper


class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


calls = []


def record(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)


bounded = _lru_cache_wrapper(record, 2, False, CacheInfo)
print([bounded(x) for x in [1, 1, 2, 3, 1, 3, 2]], bounded.cache_info())
print(bounded(1.0), bounded(True), bounded.cache_info())
print(bounded(a=1, b=2), bounded(b=2, a=1), bounded(a=1, b=2), bounded.cache_info())
bounded.cache_clear()
print(bounded.cache_info(), bounded(1), bounded.cache_info())

typed = _lru_cache_wrapper(record, 10, True, CacheInfo)
print(typed(1), typed(1.0), typed(1), typed(x=1), typed(x=1.0), typed.cache_info())

unbounded = _lru_cache_wrapper(record, None, False, CacheInfo)
print([unbounded(i % 4) for i in range(12)], unbounded.cache_info())
print(unbounded((1,)), unbounded(1), unbounded((1,)), unbounded.cache_info())

none = _lru_cache_wrapper(record, 0, False, CacheInfo)
print(none(1), none(1), none([]), none.cache_info())
print(_lru_cache_wrapper(record, -5, False, CacheInfo).cache_info(), _lru_cache_wrapper(record, True, 0, CacheInfo).cache_info())


@lambda f: _lru_cache_wrapper(f, 128, False, CacheInfo)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


class A:
    @lambda f: _lru_cache_wrapper(f, None, False, CacheInfo)
    def method(self, x):
        return (type(self).__name__, x)


a = A()
print(a.method(1), a.method(1), A.method.cache_info(), type(a.method).__name__, A.method.__get__(None, A) is A.method)

w = _lru_cache_wrapper(record, 5, False, CacheInfo)
w.__wrapped__ = record
w.__qualname__ = 'record'
print(w.__dict__ == {'__wrapped__': record, '__qualname__': 'record'}, w.__reduce__(), w.__copy__() is w, w.__deepcopy__({}) is w)
print(type(w).__name__, type(w).__module__, w.__doc__.splitlines()[0])

print('--- errors')
show('unhashable', lambda: bounded([]))
show('unhashable kw', lambda: bounded(a=[]))


class BadHash:
    def __hash__(self):
        raise ValueError('no hash')


show('hash error', lambda: unbounded(BadHash()))
show('not callable', lambda: _lru_cache_wrapper(1, 2, False, CacheInfo))
show('missing', lambda: _lru_cache_wrapper(record, 2, False))
show('bad maxsize', lambda: _lru_cache_wrapper(record, 'a', False, CacheInfo))
show('float maxsize', lambda: _lru_cache_wrapper(record, 2.5, False, CacheInfo))
show('huge maxsize', lambda: _lru_cache_wrapper(record, 2 ** 70, False, CacheInfo))
show('no qualname', lambda: _lru_cache_wrapper(record, 2, False, CacheInfo).__reduce__())
show('subclass', lambda: type('X', (_lru_cache_wrapper,), {}))


def failing(x):
    raise KeyError(x)


fw = _lru_cache_wrapper(failing, 3, False, CacheInfo)
show('function raises', lambda: fw(1))
print(fw.cache_info())

print('--- threads')
shared_calls = []
calls_lock = _thread.allocate_lock()


def square(x):
    with calls_lock:
        shared_calls.append(x)
    return x * x


cached = _lru_cache_wrapper(square, 50, False, CacheInfo)
THREADS = 4
done = [_thread.allocate_lock() for _ in range(THREADS)]
for lock in done:
    lock.acquire()
sums = []


def worker(k):
    total = 0
    for i in range(3000):
        total += cached((i * 7 + k) % 80)
    with calls_lock:
        sums.append(total)
    done[k].release()


for k in range(THREADS):
    _thread.start_new_thread(worker, (k,))
for lock in done:
    lock.acquire()
expected = [sum(((i * 7 + k) % 80) ** 2 for i in range(3000)) for k in range(THREADS)]
info = cached.cache_info()
print(sorted(sums) == sorted(expected), info.hits + info.misses, info.currsize, info.maxsize, len(shared_calls) == info.misses)
