package org.pythebo.runtime.collections;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyMappingProxy;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * dict_keys, dict_values and dict_items: live views of a {@link PyDict}. Reads go to the dict
 * (lock-free); the keys and items views are set-like (operators give sets built as CPython builds
 * them, so their iteration order matches).
 */
public final class PyDictView extends PyObject {
    public enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEYS_TYPE = PyType.newBuiltin("dict_keys", PyType.OBJECT, SetLike.class, PyType.Layout.OBJECT);
    static final PyType ITEMS_TYPE = PyType.newBuiltin("dict_items", PyType.OBJECT, SetLike.class, PyType.Layout.OBJECT);
    static final PyType VALUES_TYPE = PyType.newBuiltin("dict_values", PyType.OBJECT, PyDictView.class,
            PyType.Layout.OBJECT);

    private static PyType iterType(String name) {
        return PyType.newBuiltin(name, PyType.ITERATOR, null, PyType.Layout.OBJECT);
    }

    private static final PyType[] ITER_TYPES = {iterType("dict_keyiterator"), iterType("dict_valueiterator"),
        iterType("dict_itemiterator")};
    private static final PyType[] REVERSE_ITER_TYPES = {iterType("dict_reversekeyiterator"),
        iterType("dict_reversevalueiterator"), iterType("dict_reverseitemiterator")};

    final PyDict dict;
    final Kind kind;

    PyDictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS_TYPE;
            case VALUES -> VALUES_TYPE;
            case ITEMS -> ITEMS_TYPE;
        };
    }

    /** Iterates a dict's entries forward or backward; "changed size during iteration" as CPython. */
    static final class Iter extends PyIterator {
        private final PyDict dict;
        private final Kind kind;
        private final int size;
        private final boolean reverse;
        private int e;

        Iter(PyDict dict, Kind kind, boolean reverse) {
            super((reverse ? REVERSE_ITER_TYPES : ITER_TYPES)[kind.ordinal()]);
            this.dict = dict;
            this.kind = kind;
            this.size = dict.size();
            this.reverse = reverse;
            this.e = reverse ? dict.entryCount() - 1 : 0;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            while (true) {
                if (e < 0) {
                    return null;
                }
                if (dict.size() != size) {
                    e = -1;
                    throw PyException.runtimeError("dictionary changed size during iteration");
                }
                Object[] kv = dict.entryAt(e);
                if (kv == null) {
                    e = -1;
                    return null;
                }
                e += reverse ? -1 : 1;
                if (kv.length == 2) {
                    return switch (kind) {
                        case KEYS -> kv[0];
                        case VALUES -> kv[1];
                        case ITEMS -> PyTuple.of(kv[0], kv[1]);
                    };
                }
            }
        }

        @PyMethod("($self, /)")
        public static Object __length_hint__(Object self) {
            Iter it = (Iter) self;
            return it.e < 0 ? 0L : (long) Math.max(0, it.reverse ? it.e + 1 : it.dict.size() - it.e);
        }
    }

    private static PyDictView self(Object o) {
        return (PyDictView) o;
    }

    /** Whether a set-like view holds {@code item}. */
    boolean holds(ThreadState ts, Object item) {
        if (kind == Kind.KEYS) {
            return dict.get(ts, item) != null;
        }
        if (kind == Kind.ITEMS) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            Object v = dict.get(ts, t.get(0));
            return v != null && Ops.eq(ts, v, t.get(1));
        }
        PyIterator it = new Iter(dict, kind, false);
        for (Object o = it.next(ts); o != null; o = it.next(ts)) {
            if (Ops.eq(ts, o, item)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) self(self).dict.size(); }

    @PyAttrs.PyGetter("mapping")
    public static Object mapping(Object self) { return new PyMappingProxy(self(self).dict); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new Iter(self(self).dict, self(self).kind, false); }

    @PyMethod("($self, /)")
    public static Object __reversed__(Object self) { return new Iter(self(self).dict, self(self).kind, true); }

    @PyMethod("($self, key, /)")
    public static Object __contains__(ThreadState ts, Object self, Object key) { return self(self).holds(ts, key); }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyDictView v = self(self);
        Object[] items = Ops.toArray(ts, v);
        String body = Ops.containerRepr(ts, v, "[", "]", items, false);
        return v.type().name + "(" + (body.equals("[...]") ? "..." : body) + ")";
    }

    /** The methods only set-like views (keys, items) have. */
    public static final class SetLike {
        private SetLike() {}

        private static boolean isSetLike(Object o) {
            return o instanceof PySet || (o instanceof PyDictView v && v.kind != Kind.VALUES);
        }

        /** Every item of a is in b. */
        private static boolean allIn(ThreadState ts, Object a, Object b) {
            PyIterator it = Ops.iter(ts, a);
            for (Object o = it.next(ts); o != null; o = it.next(ts)) {
                if (!Ops.contains(ts, b, o)) {
                    return false;
                }
            }
            return true;
        }

        private static Object compare(ThreadState ts, Object self, Object other, int op) {
            if (!isSetLike(other)) {
                return Singleton.NOT_IMPLEMENTED;
            }
            long n = Ops.len(ts, self);
            long m = Ops.len(ts, other);
            return switch (op) {
                case Compare.EQ -> n == m && allIn(ts, self, other);
                case Compare.NE -> !(n == m && allIn(ts, self, other));
                case Compare.LT -> n < m && allIn(ts, self, other);
                case Compare.LE -> n <= m && allIn(ts, self, other);
                case Compare.GT -> n > m && allIn(ts, other, self);
                default -> n >= m && allIn(ts, other, self);
            };
        }

        @PyMethod("($self, value, /)")
        public static Object __eq__(ThreadState ts, Object self, Object o) { return compare(ts, self, o, Compare.EQ); }

        @PyMethod("($self, value, /)")
        public static Object __ne__(ThreadState ts, Object self, Object o) { return compare(ts, self, o, Compare.NE); }

        @PyMethod("($self, value, /)")
        public static Object __lt__(ThreadState ts, Object self, Object o) { return compare(ts, self, o, Compare.LT); }

        @PyMethod("($self, value, /)")
        public static Object __le__(ThreadState ts, Object self, Object o) { return compare(ts, self, o, Compare.LE); }

        @PyMethod("($self, value, /)")
        public static Object __gt__(ThreadState ts, Object self, Object o) { return compare(ts, self, o, Compare.GT); }

        @PyMethod("($self, value, /)")
        public static Object __ge__(ThreadState ts, Object self, Object o) { return compare(ts, self, o, Compare.GE); }

        @PyMethod("($self, /)")
        public static Object __len__(Object self) { return PyDictView.__len__(self); }

        @PyAttrs.PyGetter("mapping")
        public static Object mapping(Object self) { return PyDictView.mapping(self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return PyDictView.__iter__(self); }

        @PyMethod("($self, /)")
        public static Object __reversed__(Object self) { return PyDictView.__reversed__(self); }

        @PyMethod("($self, key, /)")
        public static Object __contains__(ThreadState ts, Object self, Object key) {
            return PyDictView.__contains__(ts, self, key);
        }

        @PyMethod("($self, /)")
        public static Object __repr__(ThreadState ts, Object self) { return PyDictView.__repr__(ts, self); }

        /** set(a) followed by one in-place set operation with b (dictviews_or/sub/xor). */
        private static Object viaSet(ThreadState ts, Object a, Object b, String method) {
            // dictviews_to_set: a keys view is read as its dict, whose fast path sizes the table first.
            Object source = a instanceof PyDictView v && v.kind == Kind.KEYS && v.dict.type() == PyType.DICT ? v.dict : a;
            PySet result = PySet.from(ts, source);
            switch (method) {
                case "update" -> result.updateFrom(ts, b);
                case "difference_update" -> result.differenceUpdate(ts, b);
                default -> result.symmetricDifferenceUpdate(ts, b);
            }
            return result;
        }

        /** _PyDictView_Intersect: iterate the smaller side, test membership in the view. */
        private static Object intersect(ThreadState ts, Object view, Object other) {
            PyDictView self = self(view);
            long lenSelf = self.dict.size();
            if (other instanceof PySet s && !s.isFrozen() && lenSelf <= s.size()) {
                return PySet.intersection(ts, s, view);
            }
            Object probe = self;
            Object iterated = other;
            if (other instanceof PyDictView ov && ov.kind != Kind.VALUES && ov.dict.size() > lenSelf) {
                probe = ov;
                iterated = self;
            }
            PyDictView p = (PyDictView) probe;
            PySet result = new PySet();
            PyIterator it = Ops.iter(ts, iterated);
            for (Object o = it.next(ts); o != null; o = it.next(ts)) {
                if (p.holds(ts, o)) {
                    result.add(ts, o);
                }
            }
            return result;
        }

        @PyMethod("($self, value, /)")
        public static Object __and__(ThreadState ts, Object self, Object o) { return intersect(ts, self, o); }

        @PyMethod("($self, value, /)")
        public static Object __rand__(ThreadState ts, Object self, Object o) { return intersect(ts, self, o); }

        @PyMethod("($self, value, /)")
        public static Object __or__(ThreadState ts, Object self, Object o) { return viaSet(ts, self, o, "update"); }

        @PyMethod("($self, value, /)")
        public static Object __ror__(ThreadState ts, Object self, Object o) { return viaSet(ts, o, self, "update"); }

        @PyMethod("($self, value, /)")
        public static Object __sub__(ThreadState ts, Object self, Object o) {
            return viaSet(ts, self, o, "difference_update");
        }

        @PyMethod("($self, value, /)")
        public static Object __rsub__(ThreadState ts, Object self, Object o) {
            return viaSet(ts, o, self, "difference_update");
        }

        @PyMethod("($self, value, /)")
        public static Object __xor__(ThreadState ts, Object self, Object o) { return viaSet(ts, self, o, "xor"); }

        @PyMethod("($self, value, /)")
        public static Object __rxor__(ThreadState ts, Object self, Object o) { return viaSet(ts, o, self, "xor"); }

        @PyMethod("($self, other, /)")
        public static Object isdisjoint(ThreadState ts, Object self, Object other) {
            PyIterator it = Ops.iter(ts, other);
            for (Object o = it.next(ts); o != null; o = it.next(ts)) {
                if (self(self).holds(ts, o)) {
                    return false;
                }
            }
            return true;
        }
    }
}
