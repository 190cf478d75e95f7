# Threads sharing one in-memory file: every write lands whole, and every line is read once.
import _io as io
import _thread

N_THREADS = 4
N_LINES = 500

def run(target):
    lock = _thread.allocate_lock()
    done = []
    def worker(k):
        target(k)
        with lock:
            done.append(k)
    for k in range(N_THREADS):
        _thread.start_new_thread(worker, (k,))
    while True:
        with lock:
            if len(done) == N_THREADS:
                return

s = io.StringIO()
run(lambda k: [s.write("thread %d line %d\n" % (k, i)) for i in range(N_LINES)])
lines = s.getvalue().splitlines()
print(len(lines), len(set(lines)), sorted(lines) == sorted("thread %d line %d" % (k, i)
                                                          for k in range(N_THREADS) for i in range(N_LINES)))

b = io.BytesIO()
run(lambda k: [b.write(b"%d:%04d|" % (k, i)) for i in range(N_LINES)])
parts = b.getvalue().split(b"|")[:-1]
print(len(parts), len(set(parts)), all(len(p) == 6 for p in parts))

s.seek(0)
got = [[] for _ in range(N_THREADS)]
def reader(k):
    while True:
        line = s.readline()
        if not line:
            return
        got[k].append(line)
run(reader)
everything = [line for g in got for line in g]
print(len(everything), len(set(everything)))

b.seek(0)
chunks = [[] for _ in range(N_THREADS)]
def chunk_reader(k):
    while True:
        c = b.read(7)
        if not c:
            return
        chunks[k].append(c)
run(chunk_reader)
print(sum(len(c) for c in chunks), sum(len(x) for c in chunks for x in c) == len(b.getvalue()))

t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
run(lambda k: [t.write("é%d-%d\n" % (k, i)) for i in range(N_LINES)])
t.seek(0)
text_lines = t.read().splitlines()
print(len(text_lines), len(set(text_lines)))
