# Threads reaching the registry at once: the first lookups (which import the encodings package
# here), registrations and error handlers from several threads, and one incremental decoder each.
import _thread


class Thread:
    """A started thread that join() waits for (threading needs os, which is not there yet)."""

    def __init__(self, target, args=()):
        self.done = _thread.allocate_lock()
        self.done.acquire()
        self.target, self.args = target, args

    def start(self):
        _thread.start_new_thread(self.run, ())

    def run(self):
        try:
            self.target(*self.args)
        finally:
            self.done.release()

    def join(self):
        self.done.acquire()


class Barrier:
    def __init__(self, n):
        self.lock, self.waiting, self.n = _thread.allocate_lock(), 0, n

    def wait(self):
        with self.lock:
            self.waiting += 1
        while self.waiting < self.n:
            pass

NAMES = ['cp1252', 'koi8_r', 'mac_roman', 'cp437', 'iso8859_5', 'utf_16', 'cp850', 'rot13']
results = {}
barrier = Barrier(len(NAMES))


def work(name):
    barrier.wait()
    import codecs
    text = 'Привет' if name in ('koi8_r', 'iso8859_5') else 'café'
    ok = True
    for _ in range(200):
        if name == 'rot13':
            ok &= codecs.decode(codecs.encode(text, name), name) == text
        else:
            ok &= text.encode(name).decode(name) == text
        ok &= 'a\u20acb'.encode('ascii', 'backslashreplace') == b'a\\u20acb'
    dec = codecs.getincrementaldecoder('utf-8')()
    data = (text * 50).encode('utf-8')
    ok &= ''.join(dec.decode(data[i:i + 1]) for i in range(len(data))) == text * 50
    results[name] = ok


threads = [Thread(target=work, args=(n,)) for n in NAMES]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

import codecs
found = []


def search(name):
    if name.startswith('threaded_'):
        found.append(name)
        return codecs.lookup('latin-1')
    return None


codecs.register(search)
workers = [Thread(target=lambda i=i: codecs.lookup(f'threaded_{i % 4}')) for i in range(16)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(sorted(set(found)), all(codecs.lookup(f'threaded_{i}').name == 'iso8859-1' for i in range(4)))
