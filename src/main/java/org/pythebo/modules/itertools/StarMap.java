package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.starmap(function, iterable)}: function(*item) for each item. */
public final class StarMap extends PyIterator {
    static final PyType TYPE = Iters.type("starmap", StarMap.class);

    public static final String __doc__ = "Return an iterator whose values are returned from the function evaluated "
            + "with an argument tuple taken from the given sequence.";

    private final Object function;
    private final PyIterator it;

    private StarMap(Object function, PyIterator it) {
        super(TYPE);
        this.function = function;
        this.it = it;
    }

    @PyMethod("($type, function, iterable, /)")
    public static Object __new__(ThreadState ts, Object cls, Object function, Object iterable) {
        return new StarMap(function, Ops.iter(ts, iterable));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        Object args = it.next(ts);
        if (args == null) {
            return null;
        }
        return Ops.call(ts, function, Ops.toArray(ts, args), null);
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        StarMap s = (StarMap) PyValueInstance.unwrap(self);
        return PyTuple.of(Ops.type(self), PyTuple.of(s.function, Iters.visible(s.it)));
    }
}
