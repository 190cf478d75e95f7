package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.repeat(object[, times])}: the count left is claimed atomically. */
public final class Repeat extends PyIterator {
    static final PyType TYPE = Iters.type("repeat", Repeat.class);

    public static final String __doc__ = "repeat(object [,times]) -> create an iterator which returns the object\n"
            + "for the specified number of times.  If not specified, returns the object\nendlessly.";

    private final Object object;
    /** Items left, or -1 for endlessly. */
    private long count;

    private Repeat(Object object, long count) {
        super(TYPE);
        this.object = object;
        this.count = count;
    }

    @PyMethod("($type, object, times=?)")
    public static Object __new__(ThreadState ts, Object cls, Object object, Object times) {
        return new Repeat(object, times == null ? -1 : Math.max(0, Convert.asSsize(ts, times)));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        if (count == 0) {
            return null;
        }
        if (count > 0) {
            count--;
        }
        return object;
    }

    private synchronized long count() { return count; }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    public static Object __length_hint__(Object self) {
        long n = ((Repeat) self).count();
        if (n < 0) {
            throw PyException.typeError("len() of unsized object");
        }
        return n;
    }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) {
        Repeat r = (Repeat) PyValueInstance.unwrap(self);
        long n = r.count();
        String name = Ops.type(self).shortName();
        return n < 0 ? name + "(" + Ops.repr(ts, r.object) + ")" : name + "(" + Ops.repr(ts, r.object) + ", " + n + ")";
    }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Repeat r = (Repeat) PyValueInstance.unwrap(self);
        long n = r.count();
        return PyTuple.of(Ops.type(self), n < 0 ? PyTuple.of(r.object) : PyTuple.of(r.object, n));
    }
}
