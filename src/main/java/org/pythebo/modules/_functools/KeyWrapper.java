package org.pythebo.modules._functools;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code functools.KeyWrapper}: what cmp_to_key returns (with no object) and what calling that
 * returns (wrapping one object); comparing two calls {@code cmp(a, b)} and compares the result
 * with 0.
 */
public final class KeyWrapper extends PyObject implements PyCallable {
    static final PyType TYPE = PyType.newBuiltin("functools.KeyWrapper", PyType.OBJECT, KeyWrapper.class,
            PyType.Layout.OBJECT).notSubclassable();

    static {
        TYPE.typeDict().put("__hash__", Singleton.NONE);
    }

    private final Object cmp;
    /** The wrapped object (an attribute Python may set and delete); null when none. */
    private volatile Object object;

    KeyWrapper(Object cmp, Object object) {
        this.cmp = cmp;
        this.object = object;
    }

    @Override
    public PyType type() { return TYPE; }

    /** K(obj): parsed as PyArg_ParseTupleAndKeywords("O:K") does. */
    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > 1) {
            throw PyException.typeError("K() takes at most 1 argument (" + args.length + " given)");
        }
        if (args.length == 0 || (nkw == 1 && !kwnames[0].equals("obj"))) {
            throw PyException.typeError("K() missing required argument 'obj' (pos 1)");
        }
        return new KeyWrapper(cmp, args[0]);
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    private static Object compare(ThreadState ts, Object self, Object other, int op) {
        if (!(other instanceof KeyWrapper o)) {
            throw PyException.typeError("other argument must be K instance");
        }
        KeyWrapper k = (KeyWrapper) self;
        Object a = k.object;
        Object b = o.object;
        if (a == null || b == null) {
            throw PyException.attributeError("object", self, "object");
        }
        Object r = Ops.call(ts, k.cmp, a, b);
        return Compare.richCompare(ts, r, 0L, op);
    }

    @PyMethod("($self, value, /)")
    public static Object __lt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LT); }

    @PyMethod("($self, value, /)")
    public static Object __le__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.LE); }

    @PyMethod("($self, value, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.EQ); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.NE); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GT); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(ThreadState ts, Object self, Object other) { return compare(ts, self, other, Compare.GE); }

    @PyGetter("obj")
    public static Object getObj(Object self) {
        Object o = ((KeyWrapper) self).object;
        return o == null ? Singleton.NONE : o;
    }

    @PySetter("obj")
    public static void setObj(Object self, Object value) { ((KeyWrapper) self).object = value; }
}
