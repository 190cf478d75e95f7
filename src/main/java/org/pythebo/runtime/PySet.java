package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyMethod;

/** set: the keys of a {@link PyDict} (same concurrency guarantees: locked writes, lock-free reads). */
public final class PySet extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("set", PyType.OBJECT, PySet.class, PyType.Layout.OBJECT);

    final PyDict table = new PyDict();

    @Override
    public PyType type() { return TYPE; }

    public static PyType pyType() { return TYPE; }

    public void add(ThreadState ts, Object o) {
        table.setItem(ts, o, Boolean.TRUE);
    }

    public boolean contains(ThreadState ts, Object o) {
        return table.get(ts, o) != null;
    }

    public int size() { return table.size(); }

    public Object[] toArray() { return table.keys(); }

    static PySet from(ThreadState ts, Object iterable) {
        PySet s = new PySet();
        for (Object o : Ops.toArray(ts, iterable)) {
            s.add(ts, o);
        }
        return s;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) { return new PySet(); }

    @PyMethod("($self, iterable=?, /)")
    public static void __init__(ThreadState ts, Object self, Object iterable) {
        PySet s = (PySet) self;
        s.table.clear();
        if (iterable != null) {
            for (Object o : Ops.toArray(ts, iterable)) {
                s.add(ts, o);
            }
        }
    }

    @PyMethod("($self, object, /)")
    public static void add(ThreadState ts, Object self, Object o) { ((PySet) self).add(ts, o); }

    @PyMethod("($self, object, /)")
    public static void discard(ThreadState ts, Object self, Object o) { ((PySet) self).table.remove(ts, o); }

    @PyMethod("($self, object, /)")
    public static void remove(ThreadState ts, Object self, Object o) {
        if (((PySet) self).table.remove(ts, o) == null) {
            throw PyException.keyError(o);
        }
    }

    @PyMethod("($self, /)")
    public static Object pop(ThreadState ts, Object self) {
        PySet s = (PySet) self;
        synchronized (s.table) {
            Object[] keys = s.table.keys();
            if (keys.length == 0) {
                throw PyException.keyError("pop from an empty set");
            }
            s.table.remove(ts, keys[0]);
            return keys[0];
        }
    }

    @PyMethod("($self, /)")
    public static void clear(Object self) { ((PySet) self).table.clear(); }

    @PyMethod("($self, /)")
    public static Object copy(ThreadState ts, Object self) { return from(ts, self); }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) ((PySet) self).size(); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new PyIterator.OfArray(((PySet) self).toArray()); }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) { return ((PySet) self).contains(ts, key); }

    @PyMethod("($self, /, *others)")
    public static Object union(ThreadState ts, Object self, Object[] others) {
        PySet out = from(ts, self);
        for (Object o : others) {
            for (Object x : Ops.toArray(ts, o)) {
                out.add(ts, x);
            }
        }
        return out;
    }

    @PyMethod("($self, /, *others)")
    public static Object intersection(ThreadState ts, Object self, Object[] others) {
        PySet out = from(ts, self);
        for (Object o : others) {
            PySet other = from(ts, o);
            PySet next = new PySet();
            for (Object x : out.toArray()) {
                if (other.contains(ts, x)) {
                    next.add(ts, x);
                }
            }
            out = next;
        }
        return out;
    }

    @PyMethod("($self, /, *others)")
    public static Object difference(ThreadState ts, Object self, Object[] others) {
        PySet out = from(ts, self);
        for (Object o : others) {
            for (Object x : Ops.toArray(ts, o)) {
                out.table.remove(ts, x);
            }
        }
        return out;
    }

    @PyMethod("($self, other, /)")
    public static Object symmetric_difference(ThreadState ts, Object self, Object other) {
        PySet a = (PySet) self;
        PySet b = from(ts, other);
        PySet out = new PySet();
        for (Object x : a.toArray()) {
            if (!b.contains(ts, x)) {
                out.add(ts, x);
            }
        }
        for (Object x : b.toArray()) {
            if (!a.contains(ts, x)) {
                out.add(ts, x);
            }
        }
        return out;
    }

    @PyMethod("($self, other, /)")
    public static Object issubset(ThreadState ts, Object self, Object other) {
        PySet b = from(ts, other);
        for (Object x : ((PySet) self).toArray()) {
            if (!b.contains(ts, x)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod("($self, other, /)")
    public static Object issuperset(ThreadState ts, Object self, Object other) {
        return issubset(ts, from(ts, other), self);
    }

    @PyMethod("($self, /, *others)")
    public static void update(ThreadState ts, Object self, Object[] others) {
        for (Object o : others) {
            for (Object x : Ops.toArray(ts, o)) {
                ((PySet) self).add(ts, x);
            }
        }
    }

    @PyMethod("($self, other, /)")
    public static Object __or__(ThreadState ts, Object self, Object other) {
        return other instanceof PySet ? union(ts, self, new Object[] {other}) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, other, /)")
    public static Object __and__(ThreadState ts, Object self, Object other) {
        return other instanceof PySet ? intersection(ts, self, new Object[] {other}) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, other, /)")
    public static Object __sub__(ThreadState ts, Object self, Object other) {
        return other instanceof PySet ? difference(ts, self, new Object[] {other}) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, other, /)")
    public static Object __xor__(ThreadState ts, Object self, Object other) {
        return other instanceof PySet ? symmetric_difference(ts, self, other) : Singleton.NOT_IMPLEMENTED;
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PySet s = (PySet) self;
        if (s.size() == 0) {
            return "set()";
        }
        return Ops.containerRepr(ts, s, "{", "}", s.toArray(), false);
    }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PySet o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        return ((PySet) self).size() == o.size() && (Boolean) issubset(ts, self, other);
    }
}
