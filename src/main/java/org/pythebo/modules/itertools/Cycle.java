package org.pythebo.modules.itertools;

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

/**
 * {@code itertools.cycle(iterable)}: the items of the first pass are saved in a list, then the
 * list is repeated. Pickled state is (saved, firstpass), firstpass meaning the saved list is
 * already complete, as in CPython.
 */
public final class Cycle extends PyIterator {
    static final PyType TYPE = Iters.type("cycle", Cycle.class);

    public static final String __doc__ =
            "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.";

    /** The source, null once exhausted. */
    private PyIterator it;
    private PyList saved = new PyList();
    private int index;
    private boolean firstpass;

    private Cycle(PyIterator it) {
        super(TYPE);
        this.it = it;
    }

    @PyMethod("($type, iterable, /)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable) {
        return new Cycle(Ops.iter(ts, iterable));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (it != null) {
            Object x = it.next(ts);
            if (x != null) {
                if (!firstpass) {
                    saved.append(x);
                }
                return x;
            }
            it = null;
        }
        int n = saved.size();
        if (n == 0) {
            return null;
        }
        if (index >= n) {
            index = 0;
        }
        Object x = saved.getOrNull(index);
        index = index + 1 >= n ? 0 : index + 1;
        return x;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(ThreadState ts, Object self) {
        Cycle c = (Cycle) PyValueInstance.unwrap(self);
        synchronized (c) {
            if (c.it == null) {
                // Cycling the saved list: restart it where the current round stands.
                PyIterator rest = Ops.iter(ts, c.saved);
                for (int i = 0; i < c.index; i++) {
                    rest.next(ts);
                }
                return PyTuple.of(Ops.type(self), PyTuple.of(Iters.visible(rest)), PyTuple.of(c.saved, true));
            }
            return PyTuple.of(Ops.type(self), PyTuple.of(Iters.visible(c.it)), PyTuple.of(c.saved, c.firstpass));
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        PyTuple t = Iters.stateTuple(state);
        Iters.checkCount(t, 2, 2);
        if (!(t.get(0) instanceof PyList saved)) {
            throw PyException.typeError("argument 1 must be list, not " + Ops.typeName(t.get(0)));
        }
        int firstpass = Convert.asInt(ts, t.get(1));
        Cycle c = (Cycle) self;
        synchronized (c) {
            c.saved = saved;
            c.firstpass = firstpass != 0;
            c.index = 0;
        }
    }
}
