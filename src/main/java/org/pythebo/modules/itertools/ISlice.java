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
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code itertools.islice(iterable, [start,] stop [, step])}. {@code next} is the index of the next
 * item to yield, {@code count} how many items were taken from the source; stop -1 means none.
 */
public final class ISlice extends PyIterator {
    static final PyType TYPE = Iters.type("islice", ISlice.class);

    public static final String __doc__ = "islice(iterable, stop) --> islice object\n"
            + "islice(iterable, start, stop[, step]) --> islice object\n\n"
            + "Return an iterator whose next() method returns selected values from an\n"
            + "iterable.  If start is specified, will skip all preceding elements;\n"
            + "otherwise, start defaults to zero.  Step defaults to one.  If\n"
            + "specified as another value, step determines how many values are\n"
            + "skipped between successive calls.  Works like a slice() on a list\n"
            + "but returns an iterator.";

    private static final String STOP_ERROR =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_ERROR =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String STEP_ERROR = "Step for islice() must be a positive integer or None.";

    /** The source, null once exhausted. */
    private PyIterator it;
    private long next;
    private final long stop;
    private final long step;
    private long count;

    private ISlice(PyIterator it, long start, long stop, long step) {
        super(TYPE);
        this.it = it;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    static ISlice of(ThreadState ts, Object iterable, long start, long stop, long step) {
        return new ISlice(Ops.iter(ts, iterable), start, stop, step);
    }

    /** An index argument as a ssize_t, or -1 when it is not one (CPython clears the error and checks the range). */
    private static long index(ThreadState ts, Object o) {
        try {
            return Convert.asSsize(ts, o);
        } catch (PyException e) {
            return -1;
        }
    }

    /** Checked in CPython's order: stop (-1 or not an index), then the range of start and stop, then step. */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError("islice() takes no keyword arguments");
        }
        if (args.length < 2 || args.length > 4) {
            throw PyException.typeError("islice expected " + (args.length < 2 ? "at least 2" : "at most 4")
                    + " arguments, got " + args.length);
        }
        Object stopArg = args.length == 2 ? args[1] : args[2];
        long start = args.length == 2 || args[1] == Singleton.NONE ? 0 : index(ts, args[1]);
        long stop = -1;
        if (stopArg != Singleton.NONE) {
            stop = index(ts, stopArg);
            if (stop == -1) {
                throw PyException.valueError(STOP_ERROR);
            }
        }
        if (start < 0 || stop < -1) {
            throw PyException.valueError(INDEX_ERROR);
        }
        long step = args.length < 4 || args[3] == Singleton.NONE ? 1 : index(ts, args[3]);
        if (step < 1) {
            throw PyException.valueError(STEP_ERROR);
        }
        return of(ts, args[0], start, stop, step);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (it == null) {
            return null;
        }
        while (count < next) {
            if (it.next(ts) == null) {
                it = null;
                return null;
            }
            count++;
        }
        if (stop != -1 && count >= stop) {
            it = null;
            return null;
        }
        Object x = it.next(ts);
        if (x == null) {
            it = null;
            return null;
        }
        count++;
        long previous = next;
        next += step;
        if (next < previous || (stop != -1 && next > stop)) {
            next = stop;
        }
        return x;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(ThreadState ts, Object self) {
        ISlice s = (ISlice) PyValueInstance.unwrap(self);
        synchronized (s) {
            if (s.it == null) {
                Object empty = Ops.iterObject(ts, new PyList());
                return PyTuple.of(Ops.type(self), PyTuple.of(empty, 0L), 0L);
            }
            Object stop = s.stop == -1 ? Singleton.NONE : (Object) s.stop;
            return PyTuple.of(Ops.type(self), PyTuple.of(Iters.visible(s.it), s.next, stop, s.step), s.count);
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        long n = Convert.asSsize(ts, state);
        ISlice s = (ISlice) self;
        synchronized (s) {
            s.count = n;
        }
    }
}
