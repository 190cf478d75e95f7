# Patterns are shared between threads: every thread matches with the same compiled patterns at
# once, and threads pulling from one finditer iterator (one scanner) get each match once.
# (Threads come from _thread, so that the program needs no more of the library than re.)
import _thread
import re

WORD = re.compile(r'(?P<word>[a-z]+)(?P<num>\d*)')
TEXT = ' '.join('w%s%d' % ('abc'[i % 3] * (i % 5 + 1), i) for i in range(2000))
FOUND = WORD.findall(TEXT)
UPPER = WORD.sub(lambda m: m['word'].upper(), TEXT)
SPLIT = re.split(r'\s+', TEXT)

lock = _thread.allocate_lock()


def run(n, target, *args):
    """Runs target in n threads and waits for all of them."""
    done = []
    finished = _thread.allocate_lock()
    finished.acquire()

    def body(*a):
        try:
            target(*a)
        finally:
            with lock:
                done.append(1)
                if len(done) == n:
                    finished.release()

    for i in range(n):
        _thread.start_new_thread(body, args + (i,))
    finished.acquire()


results = {}


def worker(n):
    ok = []
    for _ in range(3):
        ok.append(WORD.findall(TEXT) == FOUND)
        ok.append(WORD.sub(lambda m: m['word'].upper(), TEXT) == UPPER)
        ok.append(re.split(r'\s+', TEXT) == SPLIT)
        ok.append(re.compile(r'w(a+)(\d+)').search(TEXT, n * 100).start() >= n * 100)
    with lock:
        results[n] = all(ok)


run(6, worker)
print('independent work', sorted(results.items()))

# One finditer shared by several threads: no match is seen twice or lost.
shared = WORD.finditer(TEXT)
seen = []


def consume(n):
    mine = [m.start() for m in shared]
    with lock:
        seen.extend(mine)


run(4, consume)
print('shared finditer', len(seen), len(set(seen)), sorted(seen) == [m.start() for m in WORD.finditer(TEXT)])

# One scanner shared by threads calling search directly.
scanner = re.compile(r'\d+').scanner(TEXT)
numbers = []


def scan(n):
    while True:
        m = scanner.search()
        if m is None:
            return
        with lock:
            numbers.append(int(m.group()))


run(4, scan)
print('shared scanner', len(numbers), sorted(numbers) == list(range(2000)))


# The module-level caches are filled by many threads at once.
def compile_many(k):
    for i in range(60):
        n = i + k * 1000
        assert re.match('x%d(y)' % n, 'x%dy' % n).group(1) == 'y'
        assert re.sub('(x)', r'\g<1>%d' % n, 'x') == 'x%d' % n


run(4, compile_many)
print('caches under threads ok')
