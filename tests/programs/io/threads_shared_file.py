# A binary file shared by threads: every write lands whole, nothing is lost.
import _thread

P = '/tmp/pythebo-io-test-threads.bin'
N = 8
LINES = 500

def run_threads(target):
    locks = []
    for k in range(N):
        lock = _thread.allocate_lock()
        lock.acquire()
        locks.append(lock)
        _thread.start_new_thread(target, (k, lock))
    for lock in locks:
        lock.acquire()

with open(P, 'wb') as f:
    def writer(k, done):
        for i in range(LINES):
            f.write(b'thread %d line %d\n' % (k, i))
        done.release()
    run_threads(writer)

with open(P, 'rb') as f:
    lines = f.read().splitlines()
print(len(lines), len(set(lines)))
for k in range(N):
    mine = [int(l.split()[3]) for l in lines if l.split()[1] == b'%d' % k]
    assert mine == list(range(LINES)), k

# Readers sharing one file object each take whole lines.
with open(P, 'rb') as f:
    got = []
    def reader(k, done):
        for line in f:
            got.append(line)
        done.release()
    run_threads(reader)
print(len(got), sorted(got) == sorted(l + b'\n' for l in lines))
