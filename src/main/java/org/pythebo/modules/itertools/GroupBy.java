package org.pythebo.modules.itertools;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code itertools.groupby(iterable, key=None)} and its {@code _grouper}s. Only the grouper made
 * last is live; groupby and its groupers share the groupby's state and lock it, so a step of
 * either is atomic.
 */
public final class GroupBy extends PyIterator {
    static final PyType TYPE = Iters.type("groupby", GroupBy.class);

    public static final String __doc__ = "make an iterator that returns consecutive keys and groups from the iterable\n\n"
            + "  iterable\n    Elements to divide into groups according to the key function.\n"
            + "  key\n    A function for computing the group category for each element.\n"
            + "    If the key function is not specified or is None, the element itself\n"
            + "    is used for grouping.";

    private final PyIterator it;
    private final Object keyfunc;
    /** The key of the current group, of the item last read and that item (null: none yet, or consumed). */
    private Object tgtkey;
    private Object currkey;
    private Object currvalue;
    private Grouper currgrouper;

    private GroupBy(PyIterator it, Object keyfunc) {
        super(TYPE);
        this.it = it;
        this.keyfunc = keyfunc;
    }

    @PyMethod("($type, iterable, key=None)")
    public static Object __new__(ThreadState ts, Object cls, Object iterable, Object key) {
        return new GroupBy(Ops.iter(ts, iterable), key);
    }

    /** Reads the next item and its key; false when the source is exhausted. */
    private boolean step(ThreadState ts) {
        Object v = it.next(ts);
        if (v == null) {
            return false;
        }
        Object k = keyfunc == Singleton.NONE ? v : Ops.call(ts, keyfunc, v);
        currvalue = v;
        currkey = k;
        return true;
    }

    @Override
    public synchronized Object next(ThreadState ts) {
        currgrouper = null;
        // Skip what is left of the current group.
        while (true) {
            if (currkey != null) {
                if (tgtkey == null || !Ops.eq(ts, tgtkey, currkey)) {
                    break;
                }
            }
            if (!step(ts)) {
                return null;
            }
        }
        tgtkey = currkey;
        Grouper g = new Grouper(this, tgtkey);
        currgrouper = g;
        return PyTuple.of(currkey, g);
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __iter__(Object self) { return self; }

    @PyMethod(value = "($self, /)", seesSubclass = true, doc = Iters.REDUCE_DOC)
    public static Object __reduce__(Object self) {
        GroupBy g = (GroupBy) PyValueInstance.unwrap(self);
        synchronized (g) {
            PyTuple args = PyTuple.of(Iters.visible(g.it), g.keyfunc);
            if (g.tgtkey != null && g.currkey != null && g.currvalue != null) {
                return PyTuple.of(Ops.type(self), args, PyTuple.of(g.currkey, g.currvalue, g.tgtkey));
            }
            return PyTuple.of(Ops.type(self), args);
        }
    }

    @PyMethod(value = "($self, state, /)", doc = Iters.SETSTATE_DOC)
    public static void __setstate__(Object self, Object state) {
        PyTuple t = Iters.stateTuple(state);
        Iters.checkCount(t, 3, 3);
        GroupBy g = (GroupBy) self;
        synchronized (g) {
            g.currkey = t.get(0);
            g.currvalue = t.get(1);
            g.tgtkey = t.get(2);
        }
    }

    /** {@code itertools._grouper}: the items of one group, while it is its groupby's current one. */
    public static final class Grouper extends PyIterator {
        static final PyType TYPE = PyType.newBuiltin("itertools._grouper", PyType.OBJECT, Grouper.class,
                PyType.Layout.OBJECT).notSubclassable();

        private final GroupBy parent;
        private final Object tgtkey;

        Grouper(GroupBy parent, Object tgtkey) {
            super(TYPE);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        public Object next(ThreadState ts) {
            GroupBy gb = parent;
            synchronized (gb) {
                if (gb.currgrouper != this) {
                    return null;
                }
                if (gb.currvalue == null && !gb.step(ts)) {
                    return null;
                }
                if (!Ops.eq(ts, tgtkey, gb.currkey)) {
                    return null;
                }
                Object v = gb.currvalue;
                gb.currvalue = null;
                return v;
            }
        }

        @PyMethod("($type, parent, tgtkey, /)")
        public static Object __new__(Object cls, Object parent, Object tgtkey) {
            if (!(PyValueInstance.unwrap(parent) instanceof GroupBy gb)) {
                throw PyException.typeError("_grouper() argument 1 must be itertools.groupby, not " + Ops.typeName(parent));
            }
            Grouper g = new Grouper(gb, tgtkey);
            synchronized (gb) {
                gb.currgrouper = g;
            }
            return g;
        }

        @PyMethod("($self, /)")
        public static Object __next__(ThreadState ts, Object self) { return Iters.nextOrStop(ts, self); }

        @PyMethod("($self, /)")
        public static Object __iter__(Object self) { return self; }

        /** {@code (_grouper, (groupby, key))} while live, else an exhausted iterator's {@code (iter, ((),))}. */
        @PyMethod(value = "($self, /)", doc = Iters.REDUCE_DOC)
        public static Object __reduce__(ThreadState ts, Object self) {
            Grouper g = (Grouper) self;
            synchronized (g.parent) {
                if (g.parent.currgrouper != g) {
                    Object iter = ts.interp.builtinsModule.globals.get("iter");
                    return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
                }
                return PyTuple.of(TYPE, PyTuple.of(g.parent, g.tgtkey));
            }
        }
    }
}
