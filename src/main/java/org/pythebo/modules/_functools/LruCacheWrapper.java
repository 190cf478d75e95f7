package org.pythebo.modules._functools;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pythebo.modules.builtins.Builtins;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.PyBoundMethod;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Descriptor;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyBareObject;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code functools._lru_cache_wrapper}, the C implementation of lru_cache: no cache (maxsize 0),
 * an unbounded one (maxsize None) or a bounded one evicting the least recently used entry. The
 * cache and its counters are guarded by the wrapper's own lock, which is never held while the
 * wrapped function runs: two threads missing on one key both call it, and the first result stays
 * cached, as in CPython. A key's hash is computed once per call; its {@code __eq__} runs under
 * the lock. It binds like a function when found on a class.
 */
public final class LruCacheWrapper extends PyObject implements PyCallable, Descriptor, HasDict {
    static final PyType TYPE = PyType.newBuiltin("functools._lru_cache_wrapper", PyType.OBJECT,
            LruCacheWrapper.class, PyType.Layout.OBJECT).notSubclassable();

    public static final String __doc__ = "Create a cached callable that wraps another function.\n\n"
            + "user_function:      the function being cached\n\n"
            + "maxsize:  0         for no caching\n"
            + "          None      for unlimited cache size\n"
            + "          n         for a bounded cache\n\n"
            + "typed:    False     cache f(3) and f(3.0) as identical calls\n"
            + "          True      cache f(3) and f(3.0) as distinct calls\n\n"
            + "cache_info_type:    namedtuple class with the fields:\n"
            + "                        hits misses currsize maxsize\n";

    static {
        TYPE.typeDict().put("__module__", "functools");
    }

    /** Separates the positional arguments from the keywords in a key, as functools._make_key's kwd_mark. */
    private static final Object KWD_MARK = new PyBareObject();

    private final Object function;
    /** -1: unbounded; 0: no cache; n: at most n entries. */
    private final long maxsize;
    private final boolean typed;
    private final Object cacheInfoType;
    /** Key to result; a LinkedHashMap in access order when bounded. Guarded by this. */
    private final Map<Key, Object> cache;
    private long hits;
    private long misses;
    private volatile PyDict dict;

    private LruCacheWrapper(Object function, long maxsize, boolean typed, Object cacheInfoType) {
        this.function = function;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        this.cache = maxsize > 0 ? new LinkedHashMap<>(16, 0.75f, true) : new HashMap<>();
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = new PyDict();
                    dict = d;
                }
            }
        }
        return d;
    }

    /**
     * A cache key: the Python key object (the argument itself for one int or str argument, else a
     * tuple of the arguments, keyword names and values, and their types when typed) with its hash.
     * Java's maps compare the probe with the stored keys through the probe's {@link #equals},
     * which runs the keys' __eq__ on the probing thread.
     */
    private static final class Key {
        final Object key;
        final long hash;
        final ThreadState ts;

        Key(ThreadState ts, Object key) {
            this.ts = ts;
            this.key = key;
            this.hash = Ops.hash(ts, key);
        }

        @Override
        public int hashCode() { return Long.hashCode(hash); }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Ops.eq(ts, key, k.key);
        }
    }

    private Key makeKey(ThreadState ts, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1 && (args[0] instanceof String || args[0] instanceof Long || args[0] instanceof BigInteger)) {
                return new Key(ts, args[0]);
            }
            return new Key(ts, PyTuple.of(args.clone()));
        }
        int n = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0);
        Object[] items = new Object[n];
        System.arraycopy(args, 0, items, 0, npos);
        int at = npos;
        if (nkw > 0) {
            items[at++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                items[at++] = kwnames[i];
                items[at++] = args[npos + i];
            }
        }
        if (typed) {
            for (Object a : args) {
                items[at++] = Ops.type(a);
            }
        }
        return new Key(ts, PyTuple.of(items));
    }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        if (maxsize == 0) {
            synchronized (this) {
                misses++;
            }
            return Ops.call(ts, function, args, kwnames);
        }
        Key key = makeKey(ts, args, kwnames);
        synchronized (this) {
            Object cached = cache.get(key);
            if (cached != null) {
                hits++;
                return cached;
            }
            misses++;
        }
        Object result = Ops.call(ts, function, args, kwnames);
        synchronized (this) {
            // Another thread, or a recursive call, may have cached it meanwhile: the first result stays.
            if (!cache.containsKey(key)) {
                if (maxsize > 0 && cache.size() >= maxsize) {
                    Iterator<Key> oldest = cache.keySet().iterator();
                    oldest.next();
                    oldest.remove();
                }
                cache.put(key, result);
            }
        }
        return result;
    }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        return obj == null ? this : new PyBoundMethod(this, obj);
    }

    /** lru_cache(user_function, maxsize, typed, cache_info_type), parsed as PyArg_ParseTupleAndKeywords("OOpO:lru_cache"). */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        String[] names = {"user_function", "maxsize", "typed", "cache_info_type"};
        int total = args.length + kwargs.size();
        if (total > names.length) {
            throw PyException.typeError("lru_cache() takes at most 4 arguments (" + total + " given)");
        }
        Object[] bound = new Object[names.length];
        System.arraycopy(args, 0, bound, 0, args.length);
        for (Object k : kwargs.keys()) {
            int i = Arrays.asList(names).indexOf(k);
            if (i < 0) {
                throw PyException.typeError("'" + k + "' is an invalid keyword argument for lru_cache()");
            }
            if (i < args.length) {
                throw PyException.typeError("argument for lru_cache() given by name ('" + k + "') and position ("
                        + (i + 1) + ")");
            }
            bound[i] = kwargs.get(ts, k);
        }
        for (int i = 0; i < names.length; i++) {
            if (bound[i] == null) {
                throw PyException.typeError("lru_cache() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        boolean typed = Ops.isTrue(ts, bound[2]);
        if (Builtins.callable(bound[0]) != Boolean.TRUE) {
            throw PyException.typeError("the first argument must be callable");
        }
        long maxsize;
        if (bound[1] == Singleton.NONE) {
            maxsize = -1;
        } else if (Convert.intValue(bound[1]) instanceof Object v) {
            if (!(v instanceof Long n)) {
                throw PyException.overflow("cannot fit 'int' into an index-sized integer");
            }
            maxsize = Math.max(0, n);
        } else {
            throw PyException.typeError("maxsize should be integer or None");
        }
        return new LruCacheWrapper(bound[0], maxsize, typed, bound[3]);
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    @PyMethod("($self, instance, owner=None, /)")
    public static Object __get__(ThreadState ts, Object self, Object instance, Object owner) {
        return ((LruCacheWrapper) self).get(ts, instance == Singleton.NONE ? null : instance, null);
    }

    @PyMethod("($self, /)")
    public static Object cache_info(ThreadState ts, Object self) {
        LruCacheWrapper w = (LruCacheWrapper) self;
        long h;
        long m;
        long size;
        synchronized (w) {
            h = w.hits;
            m = w.misses;
            size = w.cache.size();
        }
        Object max = w.maxsize < 0 ? Singleton.NONE : (Object) w.maxsize;
        return Ops.call(ts, w.cacheInfoType, h, m, max, size);
    }

    @PyMethod("($self, /)")
    public static void cache_clear(Object self) {
        LruCacheWrapper w = (LruCacheWrapper) self;
        synchronized (w) {
            w.cache.clear();
            w.hits = 0;
            w.misses = 0;
        }
    }

    @PyMethod("($self, /)")
    public static Object __reduce__(ThreadState ts, Object self) { return Ops.getAttr(ts, self, "__qualname__"); }

    @PyMethod("($self, /)")
    public static Object __copy__(Object self) { return self; }

    @PyMethod("($self, memo, /)")
    public static Object __deepcopy__(Object self, Object memo) { return self; }

    @PyGetter("__dict__")
    public static Object getDict(Object self) { return ((LruCacheWrapper) self).dict(); }

    @PySetter("__dict__")
    public static void setDict(Object self, Object value) {
        if (!(value instanceof PyDict d)) {
            throw PyException.typeError(value == null ? "cannot delete __dict__"
                    : "__dict__ must be set to a dictionary, not a '" + Ops.typeName(value) + "'");
        }
        ((LruCacheWrapper) self).dict = d;
    }
}
