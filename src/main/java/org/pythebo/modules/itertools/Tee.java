package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code itertools._tee}: one of the independent iterators tee() makes. The tees of one source
 * share a linked list of {@link Data} blocks holding what the source has yielded; each tee is a
 * (block, index) position in it. A step locks the tee, then the source: tees of one source may be
 * used from different threads, and each item is read from the source exactly once.
 */
public final class Tee extends PyIterator {
    static final PyType TYPE = PyType.newBuiltin("itertools._tee", PyType.OBJECT, Tee.class, PyType.Layout.OBJECT)
            .notSubclassable();

    public static final String __doc__ = "Iterator wrapped to make it copyable.";

    /** Items per block, as CPython's LINKCELLS on 64-bit builds (visible in pickled blocks). */
    static final int LINKCELLS = 57;

    private Data data;
    private int index;

    private Tee(Data data, int index) {
        super(TYPE);
        this.data = data;
        this.index = index;
    }

    /** A tee over an iterator: a copy when it is itself a tee, else the first tee of a new source. */
    static Tee of(ThreadState ts, PyIterator it) {
        if (it instanceof Tee t) {
            return t.copy();
        }
        return new Tee(new Data(new Source(it)), 0);
    }

    synchronized Tee copy() {
        return new Tee(data, index);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (index >= LINKCELLS) {
            data = data.nextBlock();
            index = 0;
        }
        Object v = data.item(ts, index);
        if (v != null) {
            index++;
        }
        return v;
    }

    @PyMethod("($type, iterable, /)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable) {
        return of(ts, Ops.iter(ts, iterable));
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", doc = "Returns an independent iterator.")
    public static Object __copy__(Object self) { return ((Tee) self).copy(); }

    @PyMethod(value = "($self, /)", doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Tee t = (Tee) self;
        synchronized (t) {
            return PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY), PyTuple.of(t.data, (long) t.index));
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        PyTuple s = Iters.stateTuple(state);
        Iters.checkCount(s, 2, 2);
        if (!(s.get(0) instanceof Data d)) {
            throw PyException.typeError("argument 1 must be itertools._tee_dataobject, not " + Ops.typeName(s.get(0)));
        }
        int index = Convert.asInt(ts, s.get(1));
        if (index < 0 || index > LINKCELLS) {
            throw PyException.valueError("Index out of range");
        }
        Tee t = (Tee) self;
        synchronized (t) {
            t.data = d;
            t.index = index;
        }
    }

    /** The source of a group of tees: the iterator, and whether a read from it is under way. */
    static final class Source {
        final PyIterator it;
        boolean running;

        Source(PyIterator it) {
            this.it = it;
        }
    }

    /** {@code itertools._tee_dataobject}: one block of items read from the source, and the next block. */
    public static final class Data extends PyObject {
        static final PyType TYPE = PyType.newBuiltin("itertools._tee_dataobject", PyType.OBJECT, Data.class,
                PyType.Layout.OBJECT).notSubclassable();

        public static final String __doc__ = "teedataobject(iterable, values, next, /)\n--\n\n"
                + "Data container common to multiple tee objects.";

        private final Source source;
        private final Object[] values = new Object[LINKCELLS];
        /** How many values were read; guarded by the source. */
        private int numread;
        private Data next;

        Data(Source source) {
            this.source = source;
        }

        @Override
        public PyType type() { return TYPE; }

        Data nextBlock() {
            synchronized (source) {
                if (next == null) {
                    next = new Data(source);
                }
                return next;
            }
        }

        /** Item i of this block, read from the source if it is the next one; null when the source is done. */
        Object item(ThreadState ts, int i) {
            synchronized (source) {
                if (i < numread) {
                    return values[i];
                }
                if (source.running) {
                    throw PyException.runtimeError("cannot re-enter the tee iterator");
                }
                source.running = true;
                Object v;
                try {
                    v = source.it.next(ts);
                } finally {
                    source.running = false;
                }
                if (v != null) {
                    values[numread++] = v;
                }
                return v;
            }
        }

        @PyMethod("($type, *args, **kwargs)")
        public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
            if (kwargs.size() > 0) {
                throw PyException.typeError("teedataobject() takes no keyword arguments");
            }
            if (args.length != 3) {
                throw PyException.typeError("teedataobject expected 3 arguments, got " + args.length);
            }
            if (!(args[1] instanceof PyList values)) {
                throw PyException.typeError("teedataobject() argument 2 must be list, not " + Ops.typeName(args[1]));
            }
            Object[] items = values.toArray();
            Object next = args[2];
            if (items.length > LINKCELLS || (next != Singleton.NONE
                    && (!(next instanceof Data) || items.length != LINKCELLS))) {
                throw PyException.valueError("Invalid arguments");
            }
            Data d = new Data(new Source(Ops.iter(ts, args[0])));
            System.arraycopy(items, 0, d.values, 0, items.length);
            d.numread = items.length;
            d.next = next instanceof Data n ? n : null;
            return d;
        }

        @PyMethod(value = "($self, /)", doc = Iters.REDUCE_DOC)
        public static Object __reduce__(Object self) {
            Data d = (Data) self;
            synchronized (d.source) {
                Object[] read = new Object[d.numread];
                System.arraycopy(d.values, 0, read, 0, read.length);
                return PyTuple.of(TYPE, PyTuple.of(Iters.visible(d.source.it), new PyList(read),
                        d.next == null ? Singleton.NONE : d.next));
            }
        }
    }
}
