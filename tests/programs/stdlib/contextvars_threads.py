# contextvars across threads: each thread starts with an empty context, a context is entered
# by one thread at a time, and copies are independent snapshots.
import contextvars
import threading

v = contextvars.ContextVar('v', default='default')
v.set('main')
results = {}


def worker(name):
    results[name + ' start'] = (v.get(), len(contextvars.copy_context()))
    v.set(name)
    results[name + ' end'] = v.get()


threads = [threading.Thread(target=worker, args=('t%d' % i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), v.get())

# A copy taken here, run in other threads: each sees the main thread's value.
ctx = contextvars.copy_context()
seen = []
ready = threading.Event()
release = threading.Event()


def hold():
    seen.append(v.get())
    ready.set()
    release.wait()


t = threading.Thread(target=ctx.run, args=(hold,))
t.start()
ready.wait()
try:
    ctx.run(v.get)
except RuntimeError as e:
    print('RuntimeError', str(e).endswith('is already entered'))
release.set()
t.join()
print(seen, ctx.run(v.get))

# Many variables: set in a copy, not seen in the original.
many = [contextvars.ContextVar('m%d' % i) for i in range(200)]


def fill():
    for i, var in enumerate(many):
        var.set(i)
    return len(contextvars.copy_context())


c2 = contextvars.copy_context()
print(c2.run(fill), len(c2), len(contextvars.copy_context()), sum(c2[m] for m in many))
print(sorted(k.name for k in c2)[:3], sorted(x for x in c2.values() if x != "main")[-3:])
print(many[5].get('unset'), c2.run(many[5].get))

# A token reset in the context it came from, by another thread entering that context.
c3 = contextvars.copy_context()
tok = c3.run(v.set, 'in c3')
out = []
th = threading.Thread(target=lambda: out.append(c3.run(lambda: (v.reset(tok), v.get())[1])))
th.start()
th.join()
print(out, c3[v], v.get())

# Concurrent set/get on separate contexts of one variable.
counter = contextvars.ContextVar('counter', default=0)
totals = []


def count():
    for _ in range(1000):
        counter.set(counter.get() + 1)
    totals.append(counter.get())


ts = [threading.Thread(target=contextvars.copy_context().run, args=(count,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(totals, counter.get())
