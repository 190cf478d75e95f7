# gc.collect() returns only once the callbacks of every weak reference whose referent it freed
# have run, every time (CPython frees on del; here the JVM's collection does it).
import _weakref
import gc


class C:
    pass


got = []
for i in range(200):
    o = C()
    r = _weakref.ref(o, lambda w: got.append(1))
    del o
    gc.collect()
    if r() is not None or len(got) != i + 1:
        print("iteration", i, r() is None, len(got))
        break
else:
    print("all", len(got))
