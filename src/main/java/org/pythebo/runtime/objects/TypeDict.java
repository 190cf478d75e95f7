package org.pythebo.runtime.objects;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A type's own dict. Lookups (every attribute access and inline-cache miss) read a
 * ConcurrentHashMap without a lock; the keys' insertion order, which {@code vars(cls)},
 * {@code cls.__dict__} and dir() show as CPython's dict does, is kept beside it in an array
 * replaced on each new or removed key. Writes (class creation, setattr on a class) lock the dict.
 */
public final class TypeDict extends AbstractMap<String, Object> {
    private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
    private volatile String[] order = new String[0];

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public synchronized Object put(String key, Object value) {
        Object old = map.put(key, value);
        if (old == null) {
            String[] o = Arrays.copyOf(order, order.length + 1);
            o[o.length - 1] = key;
            order = o;
        }
        return old;
    }

    @Override
    public synchronized Object putIfAbsent(String key, Object value) {
        Object old = map.get(key);
        return old != null ? old : put(key, value);
    }

    @Override
    public synchronized Object remove(Object key) {
        Object old = map.remove(key);
        if (old != null) {
            String[] o = order;
            int i = Arrays.asList(o).indexOf(key);
            String[] shorter = new String[o.length - 1];
            System.arraycopy(o, 0, shorter, 0, i);
            System.arraycopy(o, i + 1, shorter, i, o.length - i - 1);
            order = shorter;
        }
        return old;
    }

    /** A snapshot of the entries in insertion order. */
    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        LinkedHashMap<String, Object> snapshot = new LinkedHashMap<>();
        for (String k : order) {
            Object v = map.get(k);
            if (v != null) {
                snapshot.put(k, v);
            }
        }
        return Collections.unmodifiableMap(snapshot).entrySet();
    }
}
