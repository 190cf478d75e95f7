package org.pythebo.runtime.collections;

import java.math.BigInteger;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The iterator types of builtins: enumerate, zip, map, filter, reversed (each a type with
 * {@code __new__}, subclassable), and callable_iterator (what {@code iter(f, sentinel)} makes).
 * As under CPython's GIL each step is atomic: {@code next} is synchronized on the iterator, so
 * threads sharing one never get the same index or a torn row.
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    private static PyType type(String name, Class<?> declaring) {
        return PyType.newBuiltin(name, PyType.OBJECT, declaring, PyType.Layout.OBJECT);
    }

    public static final PyType ENUMERATE = type("enumerate", Enumerate.class);
    public static final PyType ZIP = type("zip", Zip.class);
    public static final PyType MAP = type("map", MapIter.class);
    public static final PyType FILTER = type("filter", Filter.class);
    public static final PyType REVERSED = type("reversed", Reversed.class);
    public static final PyType CALLABLE_ITERATOR = type("callable_iterator", CallableIterator.class);

    private static final String REDUCE_DOC = "Return state information for pickling.";
    private static final String SETSTATE_DOC = "Set state information for unpickling.";

    /** The Python object behind an iterator the runtime holds (for {@code __reduce__}). */
    static Object visible(PyIterator it) {
        return it instanceof PyIterator.OfPython p ? p.it : it;
    }

    static Object nextOrStop(ThreadState ts, Object self) {
        PyIterator it = (PyIterator) self;
        Object v = it.next(ts);
        if (v == null) {
            throw it.exhausted();
        }
        return v;
    }

    /** The int value of enumerate's start, through __index__. */
    private static Object asIndex(ThreadState ts, Object start) {
        return Convert.index(ts, start);
    }

    public static final class Enumerate extends PyIterator {
        public static final String __doc__ = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...";

        private final PyIterator it;
        /** The next index: a Long, or a BigInteger past the long range. */
        private Object index;

        Enumerate(PyIterator it, Object start) {
            super(ENUMERATE);
            this.it = it;
            this.index = start;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            Object v = it.next(ts);
            if (v == null) {
                return null;
            }
            Object i = index;
            index = i instanceof Long n && n != Long.MAX_VALUE ? (Object) (n + 1) : Arith.add(ts, i, 1L);
            return PyTuple.of(i, v);
        }

        /**
         * Parsed by hand, as CPython's enumerate does: a keyword must name a parameter not given
         * by position ("'start' is an invalid keyword argument for enumerate()" when it is the
         * only argument), and the counts are worded without the positions of Argument Clinic.
         */
        @PyMethod("($type, *args, **kwargs)")
        public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
            int total = args.length + kwargs.size();
            if (args.length == 0 && (total == 0 || total > 2)) {
                throw PyException.typeError("enumerate() missing required argument 'iterable'");
            }
            if (total > 2) {
                throw PyException.typeError("enumerate() takes at most 2 arguments (" + total + " given)");
            }
            String[] names = {"iterable", "start"};
            Object[] bound = {null, 0L};
            System.arraycopy(args, 0, bound, 0, args.length);
            for (Object kw : kwargs.keys()) {
                int i = kw.equals(names[0]) ? 0 : kw.equals(names[1]) ? 1 : -1;
                if (i < args.length || i >= total) {
                    throw PyException.typeError("'" + kw + "' is an invalid keyword argument for enumerate()");
                }
                bound[i] = kwargs.get(ts, kw);
            }
            Object start = asIndex(ts, bound[1]);
            return new Enumerate(Ops.iter(ts, bound[0]), start);
        }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) { return nextOrStop(ts, self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, name, /)")
        public static Object __getattribute__(ThreadState ts, Object self, Object name) {
            return ObjectMethods.__getattribute__(ts, self, name);
        }

        @PyMethod("($type, item, /)")
        public static Object __class_getitem__(Object cls, Object item) { return new PyGenericAlias(cls, item); }

        @PyMethod(value = "($self, /)", doc = REDUCE_DOC)
        public static Object __reduce__(Object self) {
            Enumerate e = (Enumerate) self;
            synchronized (e) {
                return PyTuple.of(ENUMERATE, PyTuple.of(visible(e.it), e.index));
            }
        }
    }

    public static final class Zip extends PyIterator {
        public static final String __doc__ = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.";

        private final PyIterator[] its;
        private volatile boolean strict;

        Zip(PyIterator[] its, boolean strict) {
            super(ZIP);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            if (its.length == 0) {
                return null;
            }
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next(ts);
                if (row[i] == null) {
                    if (strict) {
                        strictCheck(ts, i);
                    }
                    return null;
                }
            }
            return PyTuple.of(row);
        }

        /** zip(strict=True): iterator {@code i} ran out; all the others must run out at the same point. */
        private void strictCheck(ThreadState ts, int i) {
            if (i > 0) {
                String range = i == 1 ? " 1" : "s 1-" + i;
                throw PyException.valueError("zip() argument " + (i + 1) + " is shorter than argument" + range);
            }
            for (int j = 1; j < its.length; j++) {
                if (its[j].next(ts) != null) {
                    String r = j == 1 ? " 1" : "s 1-" + j;
                    throw PyException.valueError("zip() argument " + (j + 1) + " is longer than argument" + r);
                }
            }
        }

        @PyMethod("($type, *iterables, strict=False)")
        public static Object __new__(ThreadState ts, Object cls, Object[] iterables, Object strict) {
            PyIterator[] its = new PyIterator[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Ops.iter(ts, iterables[i]);
            }
            return new Zip(its, Ops.isTrue(ts, strict));
        }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) { return nextOrStop(ts, self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, name, /)")
        public static Object __getattribute__(ThreadState ts, Object self, Object name) {
            return ObjectMethods.__getattribute__(ts, self, name);
        }

        @PyMethod(value = "($self, /)", doc = REDUCE_DOC)
        public static Object __reduce__(Object self) {
            Zip z = (Zip) self;
            Object[] its = new Object[z.its.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = visible(z.its[i]);
            }
            return z.strict ? PyTuple.of(ZIP, PyTuple.of(its), true) : PyTuple.of(ZIP, PyTuple.of(its));
        }

        @PyMethod(value = "($self, state, /)", doc = SETSTATE_DOC)
        public static Object __setstate__(ThreadState ts, Object self, Object state) {
            ((Zip) self).strict = Ops.isTrue(ts, state);
            return null;
        }
    }

    /** map (named so as not to hide java.util.Map). */
    public static final class MapIter extends PyIterator {
        public static final String __doc__ = "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.";

        private final Object fn;
        private final PyIterator[] its;

        MapIter(Object fn, PyIterator[] its) {
            super(MAP);
            this.fn = fn;
            this.its = its;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            if (its.length == 1) {
                Object v = its[0].next(ts);
                return v == null ? null : Ops.call(ts, fn, v);
            }
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next(ts);
                if (row[i] == null) {
                    return null;
                }
            }
            return Ops.call(ts, fn, row, null);
        }

        @PyMethod(value = "($type, *args, **kwargs)", args = ArgStyle.TUPLE)
        public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
            if (kwargs.size() > 0) {
                throw PyException.typeError("map() takes no keyword arguments");
            }
            if (args.length < 2) {
                throw PyException.typeError("map() must have at least two arguments.");
            }
            PyIterator[] its = new PyIterator[args.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Ops.iter(ts, args[i + 1]);
            }
            return new MapIter(args[0], its);
        }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) { return nextOrStop(ts, self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, name, /)")
        public static Object __getattribute__(ThreadState ts, Object self, Object name) {
            return ObjectMethods.__getattribute__(ts, self, name);
        }

        @PyMethod(value = "($self, /)", doc = REDUCE_DOC)
        public static Object __reduce__(Object self) {
            MapIter m = (MapIter) self;
            Object[] args = new Object[m.its.length + 1];
            args[0] = m.fn;
            for (int i = 0; i < m.its.length; i++) {
                args[i + 1] = visible(m.its[i]);
            }
            return PyTuple.of(MAP, PyTuple.of(args));
        }
    }

    public static final class Filter extends PyIterator {
        public static final String __doc__ = "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.";

        private final Object fn;
        private final PyIterator it;

        Filter(Object fn, PyIterator it) {
            super(FILTER);
            this.fn = fn;
            this.it = it;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            for (Object v = it.next(ts); v != null; v = it.next(ts)) {
                Object keep = fn == Singleton.NONE || fn == PyType.BOOL ? v : Ops.call(ts, fn, v);
                if (Ops.isTrue(ts, keep)) {
                    return v;
                }
            }
            return null;
        }

        @PyMethod("($type, function, iterable, /)")
        public static Object __new__(ThreadState ts, Object cls, Object fn, Object iterable) {
            return new Filter(fn, Ops.iter(ts, iterable));
        }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) { return nextOrStop(ts, self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, name, /)")
        public static Object __getattribute__(ThreadState ts, Object self, Object name) {
            return ObjectMethods.__getattribute__(ts, self, name);
        }

        @PyMethod(value = "($self, /)", doc = REDUCE_DOC)
        public static Object __reduce__(Object self) {
            Filter f = (Filter) self;
            return PyTuple.of(FILTER, PyTuple.of(f.fn, visible(f.it)));
        }
    }

    /** reversed over a sequence without __reversed__: seq[len-1] down to seq[0]. */
    public static final class Reversed extends PyIterator {
        public static final String __doc__ = "Return a reverse iterator over the values of the given sequence.";

        /** The sequence; null once exhausted. */
        private Object seq;
        private long index;

        Reversed(Object seq, long index) {
            super(REVERSED);
            this.seq = seq;
            this.index = index;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            if (index < 0 || seq == null) {
                seq = null;
                return null;
            }
            try {
                Object v = Ops.getItem(ts, seq, index);
                index--;
                return v;
            } catch (PyException e) {
                if (!e.exc.matches(Exc.IndexError) && !e.exc.matches(Exc.StopIteration)) {
                    throw e;
                }
            }
            index = -1;
            seq = null;
            return null;
        }

        @PyMethod(value = "($type, sequence, /)", args = ArgStyle.UNPACK)
        public static Object __new__(ThreadState ts, Object cls, Object seq) {
            PyType t = Ops.type(seq);
            Object m = t.lookup("__reversed__");
            if (m == Singleton.NONE) {
                throw PyException.typeError("'" + t.name + "' object is not reversible");
            }
            if (m != null) {
                return Ops.callDescr(ts, m, seq, Ops.NO_ARGS);
            }
            // The built-in sequences index on a fast path, without __getitem__ in their dicts.
            boolean sequence = seq instanceof PyList || seq instanceof PyTuple || seq instanceof String
                    || seq instanceof PyRange || t.lookup("__getitem__") != null && !(seq instanceof PyDict);
            if (!sequence) {
                throw PyException.typeError("'" + t.name + "' object is not reversible");
            }
            return new Reversed(seq, Ops.len(ts, seq) - 1);
        }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) { return nextOrStop(ts, self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, name, /)")
        public static Object __getattribute__(ThreadState ts, Object self, Object name) {
            return ObjectMethods.__getattribute__(ts, self, name);
        }

        @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
        public static Object __length_hint__(ThreadState ts, Object self) {
            Reversed r = (Reversed) self;
            Object seq;
            long position;
            synchronized (r) {
                seq = r.seq;
                position = r.index + 1;
            }
            if (seq == null) {
                return 0L;
            }
            return Ops.len(ts, seq) < position ? 0L : position;
        }

        @PyMethod(value = "($self, /)", doc = REDUCE_DOC)
        public static Object __reduce__(Object self) {
            Reversed r = (Reversed) self;
            synchronized (r) {
                if (r.seq == null) {
                    return PyTuple.of(REVERSED, PyTuple.of(PyTuple.EMPTY));
                }
                return PyTuple.of(REVERSED, PyTuple.of(r.seq), r.index);
            }
        }

        @PyMethod(value = "($self, state, /)", doc = SETSTATE_DOC)
        public static Object __setstate__(ThreadState ts, Object self, Object state) {
            long n = Ops.index(state);
            Reversed r = (Reversed) self;
            synchronized (r) {
                if (r.seq != null) {
                    long last = Ops.len(ts, r.seq) - 1;
                    r.index = Math.max(-1, Math.min(n, last));
                }
            }
            return null;
        }
    }

    /** iter(callable, sentinel): calls it until it returns the sentinel (or raises StopIteration). */
    public static final class CallableIterator extends PyIterator {
        /** The function; null once exhausted. */
        private volatile Object callable;
        private final Object sentinel;

        public CallableIterator(Object callable, Object sentinel) {
            super(CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public synchronized Object next(ThreadState ts) {
            Object fn = callable;
            if (fn == null) {
                return null;
            }
            Object v;
            try {
                v = Ops.call(ts, fn, Ops.NO_ARGS, null);
            } catch (PyException e) {
                if (e.exc.matches(Exc.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Ops.eq(ts, v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) { return nextOrStop(ts, self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        @PyMethod("($self, name, /)")
        public static Object __getattribute__(ThreadState ts, Object self, Object name) {
            return ObjectMethods.__getattribute__(ts, self, name);
        }

        /** {@code (iter, (callable, sentinel))}, or an empty iterator's once exhausted. */
        @PyMethod(value = "($self, /)", doc = REDUCE_DOC)
        public static Object __reduce__(ThreadState ts, Object self) {
            CallableIterator c = (CallableIterator) self;
            Object iter = ts.interp.builtinsModule.globals.get("iter");
            Object fn = c.callable;
            return fn == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY)) : PyTuple.of(iter, PyTuple.of(fn, c.sentinel));
        }
    }
}
