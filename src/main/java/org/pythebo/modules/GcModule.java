package org.pythebo.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyRange;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Unraisable;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.PyComplex;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.weakref.WeakrefCallbacks;

/**
 * The {@code gc} module. CPython's collector frees reference cycles (everything else dies by
 * reference counting); here the JVM's collector frees everything, cycles included, whenever it
 * chooses, and cannot be switched off, asked what it freed, or walked object by object. So:
 * {@link #collect} runs a full JVM collection and waits for the weak reference callbacks of what
 * died (see {@link WeakrefCallbacks}), returning 0 because the JVM does not count what it frees;
 * enable/disable and the thresholds and debug flags are kept for the programs that read them back
 * but do not change when the JVM collects; get_objects and get_referrers find nothing (the JVM
 * offers no walk of the heap), get_referents looks inside the built-in containers and instances;
 * nothing is ever uncollectable, so {@code garbage} stays empty, and freeze has nothing to move.
 */
public final class GcModule {
    private GcModule() {}

    public static final long DEBUG_STATS = 1;
    public static final long DEBUG_COLLECTABLE = 2;
    public static final long DEBUG_UNCOLLECTABLE = 4;
    public static final long DEBUG_SAVEALL = 32;
    public static final long DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    private static final String DOC = """
            This module provides access to the garbage collector for reference cycles.

            enable() -- Enable automatic garbage collection.
            disable() -- Disable automatic garbage collection.
            isenabled() -- Returns true if automatic collection is enabled.
            collect() -- Do a full collection right now.
            get_count() -- Return the current collection counts.
            get_stats() -- Return list of dictionaries containing per-generation stats.
            set_debug() -- Set debugging flags.
            get_debug() -- Get debugging flags.
            set_threshold() -- Set the collection thresholds.
            get_threshold() -- Return the current the collection thresholds.
            get_objects() -- Return a list of all objects tracked by the collector.
            is_tracked() -- Returns true if a given object is tracked.
            is_finalized() -- Returns true if a given object has been already finalized.
            get_referrers() -- Return the list of objects that refer to an object.
            get_referents() -- Return the list of objects that an object refers to.
            freeze() -- Freeze all tracked objects and ignore them for future collections.
            unfreeze() -- Unfreeze all objects in the permanent generation.
            get_freeze_count() -- Return the number of objects in the permanent generation.
            """;

    /** What gc keeps per interpreter: the settings programs read back, and the collections made. */
    private static final class State {
        volatile boolean enabled = true;
        volatile long debug;
        volatile PyTuple thresholds = PyTuple.of(700L, 10L, 10L);
        final AtomicLong[] collections = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
        /** The threads inside collect: a callback's collect returns at once, as CPython's does. */
        final Set<Thread> collecting = ConcurrentHashMap.newKeySet();
        PyList garbage;
        PyList callbacks;
    }

    private static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("gc", DOC, GcModule.class);
        Globals g = module.globals;
        State s = state(ts.interp);
        synchronized (s) {
            if (s.garbage == null) {
                s.garbage = new PyList();
                s.callbacks = new PyList();
            }
        }
        g.put("garbage", s.garbage);
        g.put("callbacks", s.callbacks);
        g.put("DEBUG_STATS", DEBUG_STATS);
        g.put("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE);
        g.put("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE);
        g.put("DEBUG_SAVEALL", DEBUG_SAVEALL);
        g.put("DEBUG_LEAK", DEBUG_LEAK);
        return module;
    }

    @PyMethod(value = "($module, /)", doc = "Enable automatic garbage collection.")
    public static Object enable(ThreadState ts) {
        state(ts.interp).enabled = true;
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "Disable automatic garbage collection.")
    public static Object disable(ThreadState ts) {
        state(ts.interp).enabled = false;
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "Returns true if automatic garbage collection is enabled.")
    public static Object isenabled(ThreadState ts) {
        return state(ts.interp).enabled;
    }

    /**
     * A full collection, with the weak reference callbacks of what died run before it returns;
     * gc.callbacks are called with "start" and "stop" around it. Always 0: see the class comment.
     */
    @PyMethod(value = "($module, /, generation=2)", doc = """
            Run the garbage collector.

            With no arguments, run a full collection.  The optional argument
            may be an integer specifying which generation to collect.  A ValueError
            is raised if the generation number is invalid.

            The number of unreachable objects is returned.""")
    public static Object collect(ThreadState ts, int generation) {
        if (generation < 0 || generation > 2) {
            throw PyException.valueError("invalid generation");
        }
        State s = state(ts.interp);
        Thread self = Thread.currentThread();
        if (!s.collecting.add(self)) {
            return 0L;
        }
        try {
            runCallbacks(ts, s, "start", generation);
            WeakrefCallbacks.of(ts.interp).collect(ts);
            s.collections[generation].incrementAndGet();
            runCallbacks(ts, s, "stop", generation);
        } finally {
            s.collecting.remove(self);
        }
        return 0L;
    }

    /** gc.callbacks, each called with the phase and an info dict; what they raise is reported, not raised. */
    private static void runCallbacks(ThreadState ts, State s, String phase, int generation) {
        Object[] callbacks = s.callbacks.toArray();
        if (callbacks.length == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem("generation", (long) generation);
        info.setItem("collected", 0L);
        info.setItem("uncollectable", 0L);
        for (Object cb : callbacks) {
            try {
                Ops.call(ts, cb, phase, info);
            } catch (PyException e) {
                Unraisable.report(ts, e.exc, null, cb);
            } catch (StackOverflowError e) {
                Unraisable.report(ts, PyBaseException.create(Exc.RecursionError, "maximum recursion depth exceeded"),
                        null, cb);
            }
        }
    }

    /** The JVM keeps no allocation counts by generation that would mean the same. */
    @PyMethod(value = "($module, /)", doc = "Return a three-tuple of the current collection counts.")
    public static Object get_count() {
        return PyTuple.of(0L, 0L, 0L);
    }

    @PyMethod(value = "($module, /)", doc = "Return a list of dictionaries containing per-generation statistics.")
    public static Object get_stats(ThreadState ts) {
        State s = state(ts.interp);
        Object[] out = new Object[3];
        for (int i = 0; i < 3; i++) {
            PyDict d = new PyDict();
            d.setItem("collections", s.collections[i].get());
            d.setItem("collected", 0L);
            d.setItem("uncollectable", 0L);
            out[i] = d;
        }
        return new PyList(out);
    }

    @PyMethod(value = "($module, flags, /)", doc = """
            Set the garbage collection debugging flags.

              flags
                An integer that can have the following bits turned on:
                  DEBUG_STATS - Print statistics during collection.
                  DEBUG_COLLECTABLE - Print collectable objects found.
                  DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects
                    found.
                  DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.
                  DEBUG_LEAK - Debug leaking programs (everything but STATS).

            Debugging information is written to sys.stderr.""")
    public static Object set_debug(ThreadState ts, int flags) {
        state(ts.interp).debug = flags;
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "Get the garbage collection debugging flags.")
    public static Object get_debug(ThreadState ts) {
        return state(ts.interp).debug;
    }

    @PyMethod(value = "($module, threshold0, threshold1=?, threshold2=?, /)", args = ArgStyle.TUPLE, doc = """
            set_threshold(threshold0, [threshold1, threshold2]) -> None

            Sets the collection thresholds.  Setting threshold0 to zero disables
            collection.
            """)
    public static Object set_threshold(ThreadState ts, int threshold0, Object threshold1, Object threshold2) {
        State s = state(ts.interp);
        Object[] t = s.thresholds.items.clone();
        t[0] = (long) threshold0;
        if (threshold1 != null) {
            t[1] = (long) Convert.asInt(ts, threshold1);
        }
        if (threshold2 != null) {
            t[2] = (long) Convert.asInt(ts, threshold2);
        }
        s.thresholds = PyTuple.of(t);
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "Return the current collection thresholds.")
    public static Object get_threshold(ThreadState ts) {
        return state(ts.interp).thresholds;
    }

    /** The JVM offers no walk of its heap: no object can be listed. */
    @PyMethod(value = "($module, /, generation=None)", doc = """
            Return a list of objects tracked by the collector (excluding the list returned).

              generation
                Generation to extract the objects from.

            If generation is not None, return only the objects tracked by the collector
            that are in that generation.""")
    public static Object get_objects(ThreadState ts, Object generation) {
        if (generation != Singleton.NONE) {
            long g = Convert.asSsize(ts, generation);
            if (g >= 3) {
                throw PyException.valueError("generation parameter must be less than the number of available generations (3)");
            }
            if (g < -1) {
                throw PyException.valueError("generation parameter cannot be negative");
            }
        }
        return new PyList();
    }

    /** Finding the objects that refer to one would need a walk of the JVM's heap: none are found. */
    @PyMethod(value = "($module, *objs)", args = ArgStyle.TUPLE,
            doc = "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.")
    public static Object get_referrers(Object[] objs) {
        return new PyList();
    }

    /**
     * What the built-in containers and instances hold, in the order CPython's traversal visits
     * them (lists and tuples from the end); objects of other kinds show nothing.
     */
    @PyMethod(value = "($module, *objs)", args = ArgStyle.TUPLE,
            doc = "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.")
    public static Object get_referents(ThreadState ts, Object[] objs) {
        List<Object> out = new ArrayList<>();
        for (Object o : objs) {
            referents(ts, o, out);
        }
        return new PyList(out.toArray());
    }

    private static void referents(ThreadState ts, Object o, List<Object> out) {
        Object v = o instanceof PyValueInstance vi ? vi.value : o;
        switch (v) {
            case PyList l -> {
                Object[] items = l.toArray();
                for (int i = items.length - 1; i >= 0; i--) {
                    out.add(items[i]);
                }
            }
            case PyTuple t -> {
                for (int i = t.items.length - 1; i >= 0; i--) {
                    out.add(t.items[i]);
                }
            }
            case PyDict d -> {
                boolean strKeys = true;
                for (Object k : d.keys()) {
                    strKeys &= k instanceof String;
                }
                boolean onlyValues = strKeys;
                d.forEachEntry((k, val) -> {
                    out.add(val);
                    if (!onlyValues) {
                        out.add(k);
                    }
                });
            }
            default -> {
            }
        }
        if (o instanceof HasDict hd && !(o instanceof PyType) && !(o instanceof PyModule)) {
            out.add(hd.dict());
        }
        if (o instanceof PyObject p && p.type().heapType) {
            out.add(p.type());
        }
    }

    /**
     * CPython's rule: atomic values (numbers, strings, bytes, None) are never tracked, a dict only
     * once it holds something that may be, every other container always.
     */
    @PyMethod(value = "($module, obj, /)", doc = """
            Returns true if the object is tracked by the garbage collector.

            Simple atomic objects will return false.""")
    public static Object is_tracked(Object obj) {
        if (PyValueInstance.unwrap(obj) instanceof PyDict d && !(obj instanceof PyValueInstance)) {
            boolean[] tracked = {false};
            d.forEachEntry((k, v) -> tracked[0] |= mayBeTracked(k) || mayBeTracked(v));
            return tracked[0];
        }
        return mayBeTracked(obj);
    }

    private static boolean mayBeTracked(Object o) {
        return !(o instanceof Long || o instanceof BigInteger || o instanceof Double || o instanceof String
                || o instanceof Boolean || o instanceof Singleton || o instanceof PyBytes || o instanceof PyComplex
                || o instanceof PyRange);
    }

    /** Nothing here runs finalizers that gc could report on. */
    @PyMethod(value = "($module, obj, /)", doc = "Returns true if the object has been already finalized by the GC.")
    public static Object is_finalized(Object obj) {
        return false;
    }

    @PyMethod(value = "($module, /)", doc = """
            Freeze all current tracked objects and ignore them for future collections.

            This can be used before a POSIX fork() call to make the gc copy-on-write friendly.
            Note: collection before a POSIX fork() call may free pages for future allocation
            which can cause copy-on-write.""")
    public static Object freeze() {
        return null;
    }

    @PyMethod(value = "($module, /)", doc = """
            Unfreeze all objects in the permanent generation.

            Put all objects in the permanent generation back into oldest generation.""")
    public static Object unfreeze() {
        return null;
    }

    @PyMethod(value = "($module, /)", doc = "Return the number of objects in the permanent generation.")
    public static Object get_freeze_count() {
        return 0L;
    }
}
