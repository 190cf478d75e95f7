package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.takewhile(predicate, iterable)}. */
public final class TakeWhile extends PyIterator {
    static final PyType TYPE = Iters.type("takewhile", TakeWhile.class);

    public static final String __doc__ = "Return successive entries from an iterable as long as the predicate "
            + "evaluates to true for each entry.";

    private final Object predicate;
    private final PyIterator it;
    /** The predicate has failed once: the iterator is exhausted. */
    private boolean stopped;

    private TakeWhile(Object predicate, PyIterator it) {
        super(TYPE);
        this.predicate = predicate;
        this.it = it;
    }

    @PyMethod("($type, predicate, iterable, /)")
    public static Object __new__(ThreadState ts, Object cls, Object predicate, Object iterable) {
        return new TakeWhile(predicate, Ops.iter(ts, iterable));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (stopped) {
            return null;
        }
        Object x = it.next(ts);
        if (x == null) {
            return null;
        }
        if (Ops.isTrue(ts, Ops.call(ts, predicate, x))) {
            return x;
        }
        stopped = true;
        return null;
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        TakeWhile w = (TakeWhile) PyValueInstance.unwrap(self);
        synchronized (w) {
            return PyTuple.of(Ops.type(self), PyTuple.of(w.predicate, Iters.visible(w.it)), w.stopped ? 1L : 0L);
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        boolean b = Ops.isTrue(ts, state);
        TakeWhile w = (TakeWhile) self;
        synchronized (w) {
            w.stopped = b;
        }
    }
}
