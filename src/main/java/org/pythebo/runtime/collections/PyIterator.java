package org.pythebo.runtime.collections;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * The iterators of the built-in types. {@link #next} returns null when exhausted (no
 * StopIteration on the fast path); the Python-visible {@code __next__} raises it.
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() { return type; }

    /**
     * The next item, or null when exhausted. Atomic, as under CPython's GIL: threads sharing one
     * iterator each get distinct items, every item once.
     */
    public abstract Object next(ThreadState ts);

    /**
     * Claims the next position below {@code limit} of an iterator's int field {@code index}
     * (a CAS, so concurrent callers never get the same position and the field never runs past
     * the limit), or returns -1.
     */
    protected static int claim(VarHandle index, PyIterator it, int limit) {
        int k;
        do {
            k = (int) index.getVolatile(it);
            if (k >= limit) {
                return -1;
            }
        } while (!index.compareAndSet(it, k, k + 1));
        return k;
    }

    /** The {@code int index} field of iterator class {@code c}, found through {@code lookup} (c's own package's). */
    protected static VarHandle indexHandle(MethodHandles.Lookup lookup, Class<? extends PyIterator> c) {
        try {
            return lookup.findVarHandle(c, "index", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The StopIteration to raise when {@link #next} has returned null. */
    public PyException exhausted() {
        return new PyException(new PyBaseException(Exc.StopIteration, PyTuple.EMPTY));
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        PyIterator it = (PyIterator) self;
        Object v = it.next(ts);
        if (v == null) {
            throw it.exhausted();
        }
        return v;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    protected static PyType typeNamed(String name) {
        return PyType.newBuiltin(name, PyType.ITERATOR, null, PyType.Layout.OBJECT);
    }

    static final PyType LIST_ITERATOR = typeNamed("list_iterator");
    static final PyType TUPLE_ITERATOR = typeNamed("tuple_iterator");
    static final PyType RANGE_ITERATOR = PyType.newBuiltin("range_iterator", PyType.ITERATOR, OfRange.class,
            PyType.Layout.OBJECT);
    static final PyType STR_ITERATOR = typeNamed("str_ascii_iterator");
    static final PyType DICT_KEY_ITERATOR = typeNamed("dict_keyiterator");
    static final PyType SEQ_ITERATOR = typeNamed("iterator");
    static final PyType GENERIC = typeNamed("iterator");

    public static final class OfList extends PyIterator {
        private static final VarHandle INDEX = indexHandle(MethodHandles.lookup(), OfList.class);
        private final PyList list;
        private volatile int index;

        public OfList(PyList list) {
            super(LIST_ITERATOR);
            this.list = list;
        }

        @Override
        public Object next(ThreadState ts) {
            while (true) {
                int k = claim(INDEX, this, list.size());
                if (k < 0) {
                    return null;
                }
                Object v = list.getOrNull(k);
                if (v != null) {
                    return v;
                }
            }
        }
    }

    static final PyType LIST_REVERSE_ITERATOR = typeNamed("list_reverseiterator");

    /** reversed(list): from the end, re-checking the index against the current size each step. */
    public static final class OfListReversed extends PyIterator {
        private final PyList list;
        private int index;

        OfListReversed(PyList list) {
            super(LIST_REVERSE_ITERATOR);
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            while (index >= 0) {
                int k = index--;
                if (k < list.size()) {
                    Object v = list.getOrNull(k);
                    if (v != null) {
                        return v;
                    }
                }
            }
            return null;
        }
    }

    public static final class OfArray extends PyIterator {
        private static final VarHandle INDEX = indexHandle(MethodHandles.lookup(), OfArray.class);
        private final Object[] items;
        private volatile int index;

        public OfArray(Object[] items) {
            super(TUPLE_ITERATOR);
            this.items = items;
        }

        @Override
        public Object next(ThreadState ts) {
            int k = claim(INDEX, this, items.length);
            return k < 0 ? null : items[k];
        }
    }

    public static final class OfRange extends PyIterator {
        private static final VarHandle TAKEN = longIndexHandle();
        private final long start;
        private final long step;
        private final long length;
        private volatile long taken;

        public OfRange(PyRange r) {
            this(r.start, r.step, r.length);
        }

        OfRange(long start, long step, long length) {
            super(RANGE_ITERATOR);
            this.start = start;
            this.step = step;
            this.length = length;
        }

        @PyMethod("($self, /)")
        public static Object __length_hint__(Object self) {
            OfRange it = (OfRange) self;
            return Math.max(0, it.length - it.taken);
        }

        @Override
        public Object next(ThreadState ts) {
            long k;
            do {
                k = taken;
                if (k >= length) {
                    return null;
                }
            } while (!TAKEN.compareAndSet(this, k, k + 1));
            return start + k * step;
        }

        private static VarHandle longIndexHandle() {
            try {
                return MethodHandles.lookup().findVarHandle(OfRange.class, "taken", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    public static final class OfStr extends PyIterator {
        private final String s;
        private int i;

        public OfStr(String s) {
            super(STR_ITERATOR);
            this.s = s;
        }

        @Override
        public Object next(ThreadState ts) {
            if (i >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            return Character.toString(cp);
        }
    }

    public static final class OfDictKeys extends PyIterator {
        private final PyDict dict;
        private final int size;
        private int e;

        public OfDictKeys(PyDict dict) {
            super(DICT_KEY_ITERATOR);
            this.dict = dict;
            this.size = dict.size();
        }

        @Override
        public Object next(ThreadState ts) {
            while (true) {
                if (dict.size() != size) {
                    throw PyException.runtimeError("dictionary changed size during iteration");
                }
                Object[] kv = dict.entryAt(e++);
                if (kv == null) {
                    return null;
                }
                if (kv.length == 2) {
                    return kv[0];
                }
            }
        }
    }

    /** Iterates an object with __getitem__ from 0 until IndexError. */
    public static final class OfSequence extends PyIterator {
        private final Object seq;
        private long i;
        private boolean done;

        public OfSequence(Object seq) {
            super(SEQ_ITERATOR);
            this.seq = seq;
        }

        @Override
        public Object next(ThreadState ts) {
            if (done) {
                return null;
            }
            try {
                return Ops.getItem(ts, seq, i++);
            } catch (PyException e) {
                if (e.exc.matches(Exc.IndexError) || e.exc.matches(Exc.StopIteration)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }

    /** A Python object with __next__, seen through the Java protocol. */
    public static final class OfPython extends PyIterator {
        public final Object it;

        public OfPython(Object it) {
            super(GENERIC);
            this.it = it;
        }

        @Override
        public Object next(ThreadState ts) {
            try {
                return Ops.callMethod(ts, it, "__next__");
            } catch (PyException e) {
                if (e.exc.matches(Exc.StopIteration)) {
                    return null;
                }
                throw e;
            }
        }
    }
}
