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
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.text.Repr;

/**
 * {@code operator.attrgetter}: {@code obj.name}, following dotted names, or a tuple of several.
 * The names are split at the dots once, when it is made. Immutable.
 */
public final class AttrGetter extends PyObject implements PyCallable {
    static final PyType TYPE = PyType.newBuiltin("operator.attrgetter", PyType.OBJECT, AttrGetter.class,
            PyType.Layout.OBJECT).notSubclassable();

    public static final String __doc__ = "attrgetter(attr, ...) --> attrgetter object\n\n"
            + "Return a callable object that fetches the given attribute(s) from its operand.\n"
            + "After f = attrgetter('name'), the call f(r) returns r.name.\n"
            + "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
            + "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
            + "(r.name.first, r.name.last).";

    static {
        TYPE.typeDict().put("__module__", "operator");
    }

    /** Each name as given, and split at its dots. */
    private final String[] names;
    private final String[][] paths;

    private AttrGetter(String[] names) {
        this.names = names;
        this.paths = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            paths[i] = names[i].split("\\.", -1);
        }
    }

    @Override
    public PyType type() { return TYPE; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        if (kwargs.size() > 0) {
            throw PyException.typeError("attrgetter() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw PyException.typeError("attrgetter expected 1 argument, got 0");
        }
        String[] names = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!(PyValueInstance.unwrap(args[i]) instanceof String s)) {
                throw PyException.typeError("attribute name must be a string");
            }
            names[i] = s;
        }
        return new AttrGetter(names);
    }

    private static Object follow(ThreadState ts, Object obj, String[] path) {
        for (String name : path) {
            obj = Ops.getAttr(ts, obj, name);
        }
        return obj;
    }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        Object obj = ItemGetter.operand("attrgetter", args, kwnames);
        if (paths.length == 1) {
            return follow(ts, obj, paths[0]);
        }
        Object[] out = new Object[paths.length];
        for (int i = 0; i < paths.length; i++) {
            out[i] = follow(ts, obj, paths[i]);
        }
        return PyTuple.of(out);
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) {
        AttrGetter g = (AttrGetter) self;
        StringBuilder sb = new StringBuilder("operator.attrgetter(");
        for (int i = 0; i < g.names.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.str(g.names[i]));
        }
        return sb.append(')').toString();
    }

    @PyMethod(value = "($self, /)", doc = "Return state information for pickling")
    public static Object __reduce__(Object self) {
        return PyTuple.of(TYPE, PyTuple.of((Object[]) ((AttrGetter) self).names.clone()));
    }
}
