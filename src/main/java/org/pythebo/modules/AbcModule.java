package org.pythebo.modules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyFrozenSet;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.weakref.PyWeakref;

/**
 * The {@code _abc} module: what Lib/abc.py's ABCMeta does in C when _abc is there, with the
 * results of Lib/_py_abc.py. Each ABC keeps an {@link AbcData}: the classes registered with it,
 * and the classes known to be its subclasses or not, all held weakly; isinstance and issubclass
 * answer from those caches without a lock. A registration anywhere in the interpreter moves the
 * cache token on, which drops every ABC's negative answers.
 */
public final class AbcModule {
    private AbcModule() {}

    static final PyType ABC_DATA = PyType.newBuiltin("_abc._abc_data", PyType.OBJECT, AbcData.class,
            PyType.Layout.OBJECT);

    /** The interpreter's cache token: how many registrations there have been. */
    private static final class State {
        final AtomicLong invalidationCounter = new AtomicLong();
    }

    private static AtomicLong counter(ThreadState ts) {
        return ts.interp.moduleState(State.class, State::new).invalidationCounter;
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_abc", "Module contains faster C implementation of abc.ABCMeta",
                AbcModule.class);
        module.globals.put("_abc_data", ABC_DATA);
        return module;
    }

    /** What ABCMeta keeps for one ABC ({@code cls._abc_impl}). */
    static final class AbcData extends PyObject {
        final WeakClassSet registry = new WeakClassSet();
        final WeakClassSet cache = new WeakClassSet();
        /** Negative answers, valid for one value of the cache token; replaced, never cleared, when it moves. */
        volatile NegativeCache negative = new NegativeCache(0, new WeakClassSet());

        @Override
        public PyType type() { return ABC_DATA; }

        @PyMethod("($type, *args, **kwargs)")
        public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
            return new AbcData();
        }

        /** The negative cache for the current token, replacing one that is out of date. */
        NegativeCache currentNegative(long token) {
            NegativeCache n = negative;
            if (n.version < token) {
                n = new NegativeCache(token, new WeakClassSet());
                negative = n;
            }
            return n;
        }
    }

    /**
     * A thread that answered "not a subclass" before a registration adds to the set it started
     * with, which the registration has already replaced: no stale negative answer survives.
     */
    record NegativeCache(long version, WeakClassSet set) {}

    private static AbcData impl(ThreadState ts, Object self) {
        Object impl = Ops.getAttr(ts, self, "_abc_impl");
        if (!(impl instanceof AbcData d)) {
            throw PyException.typeError("_abc_impl is set to a wrong type");
        }
        return d;
    }

    @PyMethod(value = "($module, /)", doc = """
            Returns the current ABC cache token.

            The token is an opaque object (supporting equality testing) identifying the
            current version of the ABC cache for virtual subclasses. The token changes
            with every call to register() on any ABC.""")
    public static Object get_cache_token(ThreadState ts) {
        return counter(ts).get();
    }

    /**
     * Computes the class's abstract methods (its own, and those of its bases it still lacks),
     * gives it its AbcData and takes its {@code __abc_tpflags__} (collections.abc's Sequence and
     * Mapping mark themselves so for match statements).
     */
    @PyMethod(value = "($module, self, /)", doc = "Internal ABC helper for class set-up. Should be never used outside abc module.")
    public static Object _abc_init(ThreadState ts, Object self) {
        computeAbstractMethods(ts, self);
        Ops.setAttr(ts, self, "_abc_impl", new AbcData());
        if (self instanceof PyType t) {
            Object flags = t.typeDict().get("__abc_tpflags__");
            if (flags != null) {
                if (flags instanceof Long l) {
                    t.setCollectionFlags((int) (l & (PyType.SEQUENCE | PyType.MAPPING)));
                }
                t.setAttr("__abc_tpflags__", null);
            }
        }
        return null;
    }

    private static void computeAbstractMethods(ThreadState ts, Object self) {
        PySet abstracts = new PySet();
        Object ns = Ops.getAttr(ts, self, "__dict__");
        for (Object key : Ops.toArray(ts, Ops.callMethod(ts, ns, "keys"))) {
            if (isAbstract(ts, Ops.getItem(ts, ns, key))) {
                abstracts.add(ts, key);
            }
        }
        Object bases = Ops.getAttr(ts, self, "__bases__");
        if (!(bases instanceof PyTuple baseTuple)) {
            throw PyException.typeError("__bases__ is not tuple");
        }
        for (Object base : baseTuple.items) {
            Object inherited = Ops.lookupAttr(ts, base, "__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            for (Object key : Ops.toArray(ts, inherited)) {
                Object value = Ops.lookupAttr(ts, self, Ops.str(ts, key));
                if (value != null && isAbstract(ts, value)) {
                    abstracts.add(ts, key);
                }
            }
        }
        Ops.setAttr(ts, self, "__abstractmethods__", PyFrozenSet.of(ts, abstracts));
    }

    /** {@code getattr(value, "__isabstractmethod__", False)}, as a truth value. */
    private static boolean isAbstract(ThreadState ts, Object value) {
        Object flag;
        try {
            flag = Ops.lookupAttr(ts, value, "__isabstractmethod__");
        } catch (PyException e) {
            if (e.exc.matches(Exc.AttributeError)) {
                return false;
            }
            throw e;
        }
        return flag != null && Ops.isTrue(ts, flag);
    }

    @PyMethod(value = "($module, self, subclass, /)", doc = "Internal ABC helper for subclasss registration. Should be never used outside abc module.")
    public static Object _abc_register(ThreadState ts, Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyException.typeError("Can only register classes");
        }
        if (Ops.isSubclass(ts, subclass, self)) {
            return subclass;
        }
        // Tested after "already a subclass", so that X.register(X) is allowed as a no-op.
        if (Ops.isSubclass(ts, self, subclass)) {
            throw PyException.runtimeError("Refusing to create an inheritance cycle");
        }
        impl(ts, self).registry.add(subclass);
        counter(ts).incrementAndGet();
        if (self instanceof PyType abc && abc.collectionFlags() != 0) {
            setCollectionFlagRecursive(sub, abc.collectionFlags());
        }
        return subclass;
    }

    /** A class registered with Sequence or Mapping matches as one, and so do its subclasses; built-in types keep theirs. */
    private static void setCollectionFlagRecursive(PyType child, int flag) {
        if (!child.heapType || child.collectionFlags() == flag) {
            return;
        }
        child.setCollectionFlags(flag);
        for (PyType grandchild : child.subclasses()) {
            setCollectionFlagRecursive(grandchild, flag);
        }
    }

    @PyMethod(value = "($module, self, instance, /)", doc = "Internal ABC helper for instance checks. Should be never used outside abc module.")
    public static Object _abc_instancecheck(ThreadState ts, Object self, Object instance) {
        AbcData impl = impl(ts, self);
        Object subclass = Ops.getAttr(ts, instance, "__class__");
        if (impl.cache.contains(subclass)) {
            return true;
        }
        PyType subtype = Ops.type(instance);
        if (subtype == subclass) {
            NegativeCache n = impl.negative;
            if (n.version() == counter(ts).get() && n.set().contains(subclass)) {
                return false;
            }
            return Ops.call(ts, Ops.getAttr(ts, self, "__subclasscheck__"), subclass);
        }
        Object check = Ops.getAttr(ts, self, "__subclasscheck__");
        Object result = Ops.call(ts, check, subclass);
        if (Ops.isTrue(ts, result)) {
            return result;
        }
        return Ops.call(ts, check, subtype);
    }

    @PyMethod(value = "($module, self, subclass, /)", doc = "Internal ABC helper for subclasss checks. Should be never used outside abc module.")
    public static Object _abc_subclasscheck(ThreadState ts, Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyException.typeError("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(ts, self);
        if (impl.cache.contains(sub)) {
            return true;
        }
        NegativeCache negative = impl.currentNegative(counter(ts).get());
        if (negative.set().contains(sub)) {
            return false;
        }
        Object ok = Ops.call(ts, Ops.getAttr(ts, self, "__subclasshook__"), sub);
        if (ok == Boolean.TRUE) {
            impl.cache.add(sub);
            return true;
        }
        if (ok == Boolean.FALSE) {
            negative.set().add(sub);
            return false;
        }
        if (ok != Singleton.NOT_IMPLEMENTED) {
            throw PyException.of(Exc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        }
        for (PyType t : sub.mro()) {
            if (t == self) {
                impl.cache.add(sub);
                return true;
            }
        }
        // Registered classes, directly (without caching, as CPython) and then by their subclasses.
        if (impl.registry.contains(sub)) {
            return true;
        }
        for (Object registered : impl.registry.snapshot()) {
            if (Ops.isSubclass(ts, sub, registered)) {
                impl.cache.add(sub);
                return true;
            }
        }
        for (Object scls : Ops.toArray(ts, Ops.call(ts, Ops.getAttr(ts, self, "__subclasses__")))) {
            if (Ops.isSubclass(ts, sub, scls)) {
                impl.cache.add(sub);
                return true;
            }
        }
        negative.set().add(sub);
        return false;
    }

    @PyMethod(value = "($module, self, /)", doc = """
            Internal ABC helper for cache and registry debugging.

            Return shallow copies of registry, of both caches, and
            negative cache version. Don't call this function directly,
            instead use ABC._dump_registry() for a nice repr.""")
    public static Object _get_dump(ThreadState ts, Object self) {
        AbcData impl = impl(ts, self);
        NegativeCache n = impl.negative;
        return PyTuple.of(weakrefSet(ts, impl.registry), weakrefSet(ts, impl.cache), weakrefSet(ts, n.set()),
                n.version());
    }

    private static PySet weakrefSet(ThreadState ts, WeakClassSet classes) {
        PySet out = new PySet();
        for (Object c : classes.snapshot()) {
            out.add(ts, PyWeakref.create(ts, c, Singleton.NONE));
        }
        return out;
    }

    @PyMethod(value = "($module, self, /)", doc = "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py")
    public static Object _reset_registry(ThreadState ts, Object self) {
        impl(ts, self).registry.clear();
        return null;
    }

    @PyMethod(value = "($module, self, /)", doc = "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py")
    public static Object _reset_caches(ThreadState ts, Object self) {
        AbcData impl = impl(ts, self);
        impl.cache.clear();
        NegativeCache n = impl.negative;
        impl.negative = new NegativeCache(n.version(), new WeakClassSet());
        return null;
    }

    /**
     * A set of classes held weakly, by identity: an open-addressing table of weak references
     * that readers probe without a lock (entries are published with release stores, a grown
     * table whole); writers lock the set. Entries whose class died are dropped when the table
     * is rebuilt.
     */
    static final class WeakClassSet {
        private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(WeakReference[].class);
        @SuppressWarnings("unchecked")
        private static final WeakReference<Object>[] EMPTY = new WeakReference[0];

        private volatile WeakReference<Object>[] table = EMPTY;
        /** Entries in the table, dead ones included (guarded by this). */
        private int used;

        boolean contains(Object cls) {
            WeakReference<Object>[] t = table;
            if (t.length == 0) {
                return false;
            }
            int mask = t.length - 1;
            for (int i = System.identityHashCode(cls) & mask; ; i = (i + 1) & mask) {
                @SuppressWarnings("unchecked")
                WeakReference<Object> r = (WeakReference<Object>) SLOT.getAcquire(t, i);
                if (r == null) {
                    return false;
                }
                if (r.refersTo(cls)) {
                    return true;
                }
            }
        }

        synchronized void add(Object cls) {
            if (contains(cls)) {
                return;
            }
            WeakReference<Object>[] t = table;
            if ((used + 1) * 4 > t.length * 3) {
                t = rebuild(t);
            }
            insert(t, new WeakReference<>(cls));
            used++;
        }

        /** A table with the live entries of {@code old} and room to grow, published whole. */
        private WeakReference<Object>[] rebuild(WeakReference<Object>[] old) {
            List<WeakReference<Object>> live = new ArrayList<>();
            for (WeakReference<Object> r : old) {
                if (r != null && !r.refersTo(null)) {
                    live.add(r);
                }
            }
            int size = 8;
            while (size < (live.size() + 1) * 2) {
                size <<= 1;
            }
            @SuppressWarnings("unchecked")
            WeakReference<Object>[] t = new WeakReference[size];
            for (WeakReference<Object> r : live) {
                Object cls = r.get();
                if (cls != null) {
                    insert(t, r, cls);
                }
            }
            used = live.size();
            table = t;
            return t;
        }

        private static void insert(WeakReference<Object>[] t, WeakReference<Object> r) {
            insert(t, r, r.get());
        }

        private static void insert(WeakReference<Object>[] t, WeakReference<Object> r, Object cls) {
            int mask = t.length - 1;
            int i = System.identityHashCode(cls) & mask;
            while (t[i] != null) {
                i = (i + 1) & mask;
            }
            SLOT.setRelease(t, i, r);
        }

        synchronized void clear() {
            table = EMPTY;
            used = 0;
        }

        /** The classes still alive. */
        List<Object> snapshot() {
            List<Object> out = new ArrayList<>();
            for (WeakReference<Object> r : table) {
                Object cls = r == null ? null : r.get();
                if (cls != null) {
                    out.add(cls);
                }
            }
            return out;
        }
    }
}
