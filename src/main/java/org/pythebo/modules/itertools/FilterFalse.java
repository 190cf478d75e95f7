package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/** {@code itertools.filterfalse(function, iterable)}: the items for which function is false. */
public final class FilterFalse extends PyIterator {
    static final PyType TYPE = Iters.type("filterfalse", FilterFalse.class);

    public static final String __doc__ = "Return those items of iterable for which function(item) is false.\n\n"
            + "If function is None, return the items that are false.";

    private final Object function;
    private final PyIterator it;

    private FilterFalse(Object function, PyIterator it) {
        super(TYPE);
        this.function = function;
        this.it = it;
    }

    @PyMethod("($type, function, iterable, /)")
    public static Object __new__(ThreadState ts, Object cls, Object function, Object iterable) {
        return new FilterFalse(function, Ops.iter(ts, iterable));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        while (true) {
            Object x = it.next(ts);
            if (x == null) {
                return null;
            }
            Object test = function == Singleton.NONE || function == PyType.BOOL ? x : Ops.call(ts, function, x);
            if (!Ops.isTrue(ts, test)) {
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
        FilterFalse f = (FilterFalse) PyValueInstance.unwrap(self);
        return PyTuple.of(Ops.type(self), PyTuple.of(f.function, Iters.visible(f.it)));
    }
}
