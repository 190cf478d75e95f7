# One _random.Random drawn from by several threads at once: every draw is atomic, so the draws
# of all threads together are exactly the generator's sequence, each value once.
import _thread
import _random

THREADS = 4
DRAWS = 1500


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


for kind in ("random", "getrandbits(32)", "getrandbits(64)", "getrandbits(100)"):
    shared = _random.Random(99)
    reference = _random.Random(99)
    results = [[] for _ in range(THREADS)]

    if kind == "random":
        draw, again = shared.random, reference.random
    else:
        k = int(kind[12:-1])
        draw, again = (lambda: shared.getrandbits(k)), (lambda: reference.getrandbits(k))

    def body(i):
        out = results[i]
        for _ in range(DRAWS):
            out.append(draw())

    run(THREADS, body)
    got = sorted(v for out in results for v in out)
    expected = sorted(again() for _ in range(THREADS * DRAWS))
    print(kind, len(got), got == expected, shared.getstate() == reference.getstate())

# Reseeding and saving state while others draw never leaves a torn state.
shared = _random.Random(1)
states = []


def mixed(i):
    for n in range(2000):
        if i == 0 and n % 100 == 0:
            shared.seed(n)
        elif i == 1 and n % 100 == 0:
            states.append(shared.getstate())
        else:
            shared.random()


run(3, mixed)
ok = True
for s in states:
    probe = _random.Random()
    probe.setstate(s)
    ok = ok and probe.getstate() == s and 0 <= s[-1] <= 624
print("states", len(states), ok)
