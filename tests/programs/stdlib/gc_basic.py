# gc: what a program can ask of the collector. Pythebo's collector is the JVM's: collect()
# returns 0, get_objects/get_referrers find nothing, so those results are not printed.
import gc
import _weakref

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError:', e)

print(gc.get_threshold())
print(gc.set_threshold(500), gc.get_threshold())
gc.set_threshold(700, 11, 12)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for args in ((), (1, 2, 3, 4)):
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print('TypeError:', e)

print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
try:
    gc.set_debug()
except TypeError as e:
    print('TypeError:', e)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

count = gc.get_count()
print(type(count).__name__, len(count))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.garbage, type(gc.callbacks).__name__)
print(type(gc.get_objects()).__name__, type(gc.get_referrers(1)).__name__)
for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print('ValueError:', e)


class C:
    pass


print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None), gc.is_tracked(2.5), gc.is_tracked(b'x'))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(set()), gc.is_finalized(C()))
print(gc.get_referents([1, 2, 3]), gc.get_referents((4, 5)), gc.get_referents({'a': 1, 'b': 2}),
      gc.get_referents(1), gc.get_referents([1], (2,)))

gc.freeze()
print(type(gc.get_freeze_count()).__name__)
gc.unfreeze()

# gc.callbacks: called with ("start", info) and ("stop", info) around each collection.
phases = []
def callback(phase, info):
    phases.append((phase, sorted(info), info['generation']))
gc.callbacks.append(callback)
gc.collect(1)
gc.callbacks.remove(callback)
gc.collect()
print(phases)

# What portable code relies on: after del and collect(), weak references see the object gone
# and their callbacks have run.
seen = []
o = C()
r = _weakref.ref(o, lambda w: seen.append(w is r))
del o
gc.collect()
print(r(), seen)

# A cycle is collected too.
a, b = C(), C()
a.other, b.other = b, a
ra = _weakref.ref(a)
del a, b
gc.collect()
print(ra())
print(gc.collect.__doc__.splitlines()[0], gc.__doc__.splitlines()[0])
