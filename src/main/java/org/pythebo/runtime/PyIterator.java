package org.pythebo.runtime;

import org.pythebo.runtime.PyAttrs.PyMethod;

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

    /** The next item, or null when exhausted. */
    public abstract Object next(ThreadState ts);

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        Object v = ((PyIterator) self).next(ts);
        if (v == null) {
            throw new PyException(new PyBaseException(Exc.StopIteration, PyTuple.EMPTY));
        }
        return v;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    static PyType typeNamed(String name) {
        return PyType.newBuiltin(name, PyType.ITERATOR, null, PyType.Layout.OBJECT);
    }

    static final PyType LIST_ITERATOR = typeNamed("list_iterator");
    static final PyType TUPLE_ITERATOR = typeNamed("tuple_iterator");
    static final PyType RANGE_ITERATOR = typeNamed("range_iterator");
    static final PyType STR_ITERATOR = typeNamed("str_ascii_iterator");
    static final PyType DICT_KEY_ITERATOR = typeNamed("dict_keyiterator");
    static final PyType SEQ_ITERATOR = typeNamed("iterator");
    static final PyType GENERIC = typeNamed("iterator");

    public static final class OfList extends PyIterator {
        private final PyList list;
        private int i;

        OfList(PyList list) {
            super(LIST_ITERATOR);
            this.list = list;
        }

        @Override
        public Object next(ThreadState ts) {
            while (i < list.size()) {
                Object v = list.getOrNull(i++);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    public static final class OfArray extends PyIterator {
        private final Object[] items;
        private int i;

        public OfArray(Object[] items) {
            super(TUPLE_ITERATOR);
            this.items = items;
        }

        @Override
        public Object next(ThreadState ts) {
            return i < items.length ? items[i++] : null;
        }
    }

    public static final class OfRange extends PyIterator {
        private long next;
        private final long step;
        private long left;

        OfRange(PyRange r) {
            super(RANGE_ITERATOR);
            this.next = r.start;
            this.step = r.step;
            this.left = r.length;
        }

        @Override
        public Object next(ThreadState ts) {
            if (left <= 0) {
                return null;
            }
            left--;
            long v = next;
            next += step;
            return v;
        }
    }

    public static final class OfStr extends PyIterator {
        private final String s;
        private int i;

        OfStr(String s) {
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

        OfDictKeys(PyDict dict) {
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

        OfSequence(Object seq) {
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
        final Object it;

        OfPython(Object it) {
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
