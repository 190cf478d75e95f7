package org.pythebo.modules._operator;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/** {@code operator.itemgetter}: {@code obj[item]}, or a tuple of several items. Immutable. */
public final class ItemGetter extends PyObject implements PyCallable {
    static final PyType TYPE = PyType.newBuiltin("operator.itemgetter", PyType.OBJECT, ItemGetter.class,
            PyType.Layout.OBJECT).notSubclassable();

    public static final String __doc__ = "itemgetter(item, ...) --> itemgetter object\n\n"
            + "Return a callable object that fetches the given item(s) from its operand.\n"
            + "After f = itemgetter(2), the call f(r) returns r[2].\n"
            + "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])";

    static {
        TYPE.typeDict().put("__module__", "operator");
    }

    private final Object[] items;

    private ItemGetter(Object[] items) {
        this.items = items;
    }

    @Override
    public PyType type() { return TYPE; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError("itemgetter() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw PyException.typeError("itemgetter expected 1 argument, got 0");
        }
        return new ItemGetter(args);
    }

    /** The operand of a getter's call: exactly one positional argument, as CPython's _PyArg_UnpackStack. */
    static Object operand(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyException.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyException.typeError(name + " expected 1 argument, got " + args.length);
        }
        return args[0];
    }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        Object obj = operand("itemgetter", args, kwnames);
        if (items.length == 1) {
            return Ops.getItem(ts, obj, items[0]);
        }
        Object[] out = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Ops.getItem(ts, obj, items[i]);
        }
        return PyTuple.of(out);
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        ItemGetter g = (ItemGetter) self;
        return Ops.reprOnce(g, "operator.itemgetter(...)", () -> {
            StringBuilder sb = new StringBuilder("operator.itemgetter(");
            for (int i = 0; i < g.items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Ops.repr(ts, g.items[i]));
            }
            return sb.append(')').toString();
        });
    }

    @PyMethod(value = "($self, /)", doc = "Return state information for pickling")
    public static Object __reduce__(Object self) {
        return PyTuple.of(TYPE, PyTuple.of(((ItemGetter) self).items.clone()));
    }
}
