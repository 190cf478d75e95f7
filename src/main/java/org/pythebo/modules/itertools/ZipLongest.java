package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/** {@code itertools.zip_longest(*iterables, fillvalue=None)}: rows until the longest input ends. */
public final class ZipLongest extends PyIterator {
    static final PyType TYPE = Iters.type("zip_longest", ZipLongest.class);

    public static final String __doc__ = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
            + "Return a zip_longest object whose .__next__() method returns a tuple where\n"
            + "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
            + "method continues until the longest iterable in the argument sequence\n"
            + "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
            + "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
            + "defaults to None or can be specified by a keyword argument.\n";

    /** The inputs; an exhausted one becomes null. */
    private final PyIterator[] its;
    private int active;
    private Object fillvalue;

    private ZipLongest(PyIterator[] its, Object fillvalue) {
        super(TYPE);
        this.its = its;
        this.active = its.length;
        this.fillvalue = fillvalue;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        Object fill = Singleton.NONE;
        if (kwargs.size() > 0) {
            fill = kwargs.get(ts, "fillvalue");
            if (fill == null || kwargs.size() > 1) {
                throw PyException.typeError("zip_longest() got an unexpected keyword argument");
            }
        }
        PyIterator[] its = new PyIterator[args.length];
        for (int i = 0; i < args.length; i++) {
            its[i] = Ops.iter(ts, args[i]);
        }
        return new ZipLongest(its, fill);
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (its.length == 0 || active == 0) {
            return null;
        }
        Object[] row = new Object[its.length];
        for (int i = 0; i < its.length; i++) {
            PyIterator it = its[i];
            Object x = it == null ? null : it.next(ts);
            if (x == null) {
                if (it != null) {
                    its[i] = null;
                    if (--active == 0) {
                        return null;
                    }
                }
                x = fillvalue;
            }
            row[i] = x;
        }
        return PyTuple.of(row);
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    /** {@code (type, iterators, fillvalue)}, an exhausted input pickled as an empty tuple. */
    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        ZipLongest z = (ZipLongest) PyValueInstance.unwrap(self);
        synchronized (z) {
            Object[] its = new Object[z.its.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = z.its[i] == null ? PyTuple.EMPTY : Iters.visible(z.its[i]);
            }
            return PyTuple.of(Ops.type(self), PyTuple.of(its), z.fillvalue);
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(Object self, Object state) {
        ZipLongest z = (ZipLongest) self;
        synchronized (z) {
            z.fillvalue = state;
        }
    }
}
