# One hash object fed from several threads at once: no update is lost or torn, and copies and
# digests taken meanwhile are consistent.
import _thread
import _hashlib
import _md5
import _sha3
import _blake2

THREADS = 4
ROUNDS = 300
CHUNK = b"0123456789abcdef" * 64


def run(threads, body):
    done = _thread.allocate_lock()
    remaining = [threads]
    guard = _thread.allocate_lock()
    done.acquire()

    def worker(i):
        try:
            body(i)
        finally:
            with guard:
                remaining[0] -= 1
                if remaining[0] == 0:
                    done.release()

    for i in range(threads):
        _thread.start_new_thread(worker, (i,))
    done.acquire()


for make in [lambda d=b"": _hashlib.new("sha256", d), lambda d=b"": _md5.md5(d), lambda d=b"": _sha3.sha3_512(d),
             lambda d=b"": _blake2.blake2s(d), lambda d=b"": _hashlib.hmac_new(b"key", d, "sha1"),
             lambda d=b"": _sha3.shake_128(d)]:
    shared = make()
    snapshots = []

    def feed(i):
        for n in range(ROUNDS):
            shared.update(CHUNK)
            if n % 50 == 0:
                snapshots.append(shared.copy())

    run(THREADS, feed)
    # Every chunk is the same, so the order the threads fed them in does not matter.
    expected = make(CHUNK * (THREADS * ROUNDS))
    xof = shared.digest_size == 0
    print(shared.name, shared.hexdigest(16) == expected.hexdigest(16) if xof else shared.hexdigest() == expected.hexdigest())
    # A copy taken meanwhile holds a whole number of chunks: its digest is that of some prefix.
    prefixes = set()
    running = make()
    for k in range(THREADS * ROUNDS):
        running.update(CHUNK)
        prefixes.add(running.hexdigest(8) if xof else running.hexdigest())
    print(" ", len(snapshots), all((snap.hexdigest(8) if xof else snap.hexdigest()) in prefixes for snap in snapshots))
