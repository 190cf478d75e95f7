# Four threads drain one shared enumerate/zip/map/filter: next() is atomic, so every
# index comes out exactly once and no (index, value) or zip row is ever torn.
import _thread

N = 100000


def run(it):
    outs = [[] for _ in range(4)]
    done = _thread.allocate_lock()
    lock = _thread.allocate_lock()
    left = [len(outs)]

    def drain(out):
        for x in it:
            out.append(x)
        with lock:
            left[0] -= 1
            if left[0] == 0:
                done.release()

    done.acquire()
    for out in outs:
        _thread.start_new_thread(drain, (out,))
    done.acquire()
    return [x for out in outs for x in out]


got = run(enumerate(range(N)))
indexes = sorted(i for i, v in got)
print("enumerate", len(got), indexes == list(range(N)), all(i == v for i, v in got))

got = run(enumerate(range(N), start=10))
print("enumerate start", len(got), all(i == v + 10 for i, v in got), len({i for i, _ in got}) == N)

got = run(zip(range(N), range(N, 2 * N)))
print("zip", len(got), all(b - a == N for a, b in got), sorted(a for a, _ in got) == list(range(N)))

got = run(map(lambda a, b: (a, b), range(N), range(N)))
print("map", len(got), all(a == b for a, b in got), len(set(got)) == N)

got = run(filter(lambda x: x % 3 == 0, range(N)))
print("filter", len(got), sorted(got) == list(range(0, N, 3)))

got = run(reversed([i for i in range(N)]))
print("reversed list", len(got), sorted(got) == list(range(N)))

got = run(reversed("ab" * (N // 2)))
print("reversed str", len(got), got.count("a"), got.count("b"))

count = iter(range(N)).__next__
got = run(iter(count, N - 1))
print("callable_iterator", len(got), sorted(got) == list(range(N - 1)))

# Each thread sees each shared iterator exhausted afterwards.
e = enumerate("abc")
run(e)
print(next(e, "done"), list(e))
