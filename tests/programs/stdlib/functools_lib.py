# Lib/functools on top of _functools: lru_cache and cache as decorators (CacheInfo, parameters,
# wrapping, methods, recursion, threads), partial and partialmethod, reduce, cmp_to_key,
# total_ordering, cached_property and wraps.
import _thread
import functools
import operator


@functools.lru_cache(maxsize=2)
def double(x):
    return x * 2


print(double(1), double(1), double(2), double(3), double(1), double.cache_info(), double.cache_parameters())
print(double.__name__, double.__qualname__, double.__wrapped__.__name__, double.__module__, type(double).__name__)
double.cache_clear()
print(double.cache_info(), functools.lru_cache is not None, functools._lru_cache_wrapper.__module__)


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info(), typed.cache_parameters())


@functools.lru_cache
def keywords(a, b=0, *, c=0):
    return a + b + c


print(keywords(1), keywords(1, 2), keywords(1, b=2), keywords(b=2, a=1), keywords(1, c=3), keywords.cache_info())


class Account:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=16)
    def balance(self, factor):
        return self.n * factor

    @functools.cached_property
    def report(self):
        print('computing report')
        return 'report %d' % self.n

    def _add(self, x, y):
        return self.n + x + y

    plus_ten = functools.partialmethod(_add, 10)

    def __hash__(self):
        return self.n


acct = Account(3)
print(acct.balance(2), acct.balance(2), Account.balance.cache_info(), acct.report, acct.report, acct.plus_ten(5))
print(type(acct.balance).__name__, acct.balance.__self__ is acct)

p = functools.partial(operator.mul, 3)
print(p(4), p, functools.partial(p, 5)(), functools.partial(max, key=abs)(-9, 3), repr(functools.partial(int, base=2)))
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a + [b], 'abc', []))
print(sorted(['b', 'C', 'a'], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1), sorted([Version(2), Version(1)])[0].parts)


def original(a, b):
    """Adds."""
    return a + b


@functools.wraps(original)
def wrapper(*args):
    return original(*args)


print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original, wrapper(1, 2))

print('--- a decorated cache shared by threads')
calls = []
calls_lock = _thread.allocate_lock()


@functools.lru_cache(maxsize=64)
def slow_square(x):
    with calls_lock:
        calls.append(x)
    return x * x


THREADS = 4
done = [_thread.allocate_lock() for _ in range(THREADS)]
for d in done:
    d.acquire()
totals = []


def worker(k):
    total = sum(slow_square((i + k) % 100) for i in range(5000))
    with calls_lock:
        totals.append(total)
    done[k].release()


for k in range(THREADS):
    _thread.start_new_thread(worker, (k,))
for d in done:
    d.acquire()
info = slow_square.cache_info()
print(len(totals), len(set(totals)), info.hits + info.misses, info.currsize, len(calls) == info.misses)
