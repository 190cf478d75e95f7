package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** {@code itertools.compress(data, selectors)}: the data items whose selector is true. */
public final class Compress extends PyIterator {
    static final PyType TYPE = Iters.type("compress", Compress.class);

    public static final String __doc__ = "Return data elements corresponding to true selector elements.\n\n"
            + "Forms a shorter iterator from selected data elements using the selectors to\n"
            + "choose the data elements.";

    private final PyIterator data;
    private final PyIterator selectors;

    private Compress(PyIterator data, PyIterator selectors) {
        super(TYPE);
        this.data = data;
        this.selectors = selectors;
    }

    @PyMethod("($type, data, selectors)")
    public static Object __new__(ThreadState ts, Object cls, Object data, Object selectors) {
        return new Compress(Ops.iter(ts, data), Ops.iter(ts, selectors));
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        while (true) {
            Object d = data.next(ts);
            if (d == null) {
                return null;
            }
            Object s = selectors.next(ts);
            if (s == null) {
                return null;
            }
            if (Ops.isTrue(ts, s)) {
                return d;
            }
        }
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        Compress c = (Compress) PyValueInstance.unwrap(self);
        return PyTuple.of(Ops.type(self), PyTuple.of(Iters.visible(c.data), Iters.visible(c.selectors)));
    }
}
