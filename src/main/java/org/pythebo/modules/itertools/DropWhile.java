package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.dropwhile(predicate, iterable)}. */
public final class DropWhile extends PyIterator {
    static final PyType TYPE = Iters.type("dropwhile", DropWhile.class);

    public static final String __doc__ = "Drop items from the iterable while predicate(item) is true.\n\n"
            + "Afterwards, return every element until the iterable is exhausted.";

    private final Object predicate;
    private final PyIterator it;
    /** The predicate has failed once: every item passes from now on. */
    private boolean dropped;

    private DropWhile(Object predicate, PyIterator it) {
        super(TYPE);
        this.predicate = predicate;
        this.it = it;
    }

    @PyMethod("($type, predicate, iterable, /)")
    public static Object __new__(ThreadState ts, Object cls, Object predicate, Object iterable) {
        return new DropWhile(predicate, Ops.iter(ts, iterable));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        while (true) {
            Object x = it.next(ts);
            if (x == null || dropped) {
                return x;
            }
            if (!Ops.isTrue(ts, Ops.call(ts, predicate, x))) {
                dropped = true;
                return x;
            }
        }
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        DropWhile w = (DropWhile) PyValueInstance.unwrap(self);
        synchronized (w) {
            return PyTuple.of(Ops.type(self), PyTuple.of(w.predicate, Iters.visible(w.it)), w.dropped ? 1L : 0L);
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        boolean b = Ops.isTrue(ts, state);
        DropWhile w = (DropWhile) self;
        synchronized (w) {
            w.dropped = b;
        }
    }
}
