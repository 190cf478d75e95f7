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

/** {@code operator.methodcaller}: {@code obj.name(*args, **kwargs)}. Immutable. */
public final class MethodCaller extends PyObject implements PyCallable {
    static final PyType TYPE = PyType.newBuiltin("operator.methodcaller", PyType.OBJECT, MethodCaller.class,
            PyType.Layout.OBJECT).notSubclassable();

    public static final String __doc__ = "methodcaller(name, ...) --> methodcaller object\n\n"
            + "Return a callable object that calls the given method on its operand.\n"
            + "After f = methodcaller('name'), the call f(r) returns r.name().\n"
            + "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
            + "r.name('date', foo=1).";

    static {
        TYPE.typeDict().put("__module__", "operator");
    }

    private final String name;
    private final Object[] args;
    /** The keywords' names and values, in the order given. */
    private final String[] kwnames;
    private final Object[] kwvalues;

    private MethodCaller(String name, Object[] args, String[] kwnames, Object[] kwvalues) {
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
        this.kwvalues = kwvalues;
    }

    @Override
    public PyType type() { return TYPE; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (args.length == 0) {
            throw PyException.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(PyValueInstance.unwrap(args[0]) instanceof String name)) {
            throw PyException.typeError("method name must be a string");
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        Object[] keys = kwargs.keys();
        String[] kwnames = new String[keys.length];
        Object[] kwvalues = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            kwnames[i] = (String) keys[i];
            kwvalues[i] = kwargs.get(ts, keys[i]);
        }
        return new MethodCaller(name, rest, kwnames, kwvalues);
    }

    @Override
    public Object call(ThreadState ts, Object[] callArgs, String[] callKwnames) {
        Object obj = ItemGetter.operand("methodcaller", callArgs, callKwnames);
        Object method = Ops.getAttr(ts, obj, name);
        if (kwnames.length == 0) {
            return Ops.call(ts, method, args, null);
        }
        Object[] all = new Object[args.length + kwvalues.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(kwvalues, 0, all, args.length, kwvalues.length);
        return Ops.call(ts, method, all, kwnames);
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        MethodCaller m = (MethodCaller) self;
        return Ops.reprOnce(m, "operator.methodcaller(...)", () -> {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Repr.str(m.name));
            for (Object a : m.args) {
                sb.append(", ").append(Ops.repr(ts, a));
            }
            for (int i = 0; i < m.kwnames.length; i++) {
                sb.append(", ").append(m.kwnames[i]).append('=').append(Ops.repr(ts, m.kwvalues[i]));
            }
            return sb.append(')').toString();
        });
    }

    /**
     * {@code (methodcaller, (name, *args))}, or with keywords
     * {@code (functools.partial(methodcaller, name, **kwargs), args)}.
     */
    @PyMethod(value = "($self, /)", doc = "Return state information for pickling")
    public static Object __reduce__(ThreadState ts, Object self) {
        MethodCaller m = (MethodCaller) self;
        if (m.kwnames.length == 0) {
            Object[] all = new Object[m.args.length + 1];
            all[0] = m.name;
            System.arraycopy(m.args, 0, all, 1, m.args.length);
            return PyTuple.of(TYPE, PyTuple.of(all));
        }
        Object functools = ts.interp.importer.importName(ts, "functools", null, new Object[0], 0);
        Object[] partialArgs = new Object[2 + m.kwvalues.length];
        partialArgs[0] = TYPE;
        partialArgs[1] = m.name;
        System.arraycopy(m.kwvalues, 0, partialArgs, 2, m.kwvalues.length);
        String[] names = m.kwnames.clone();
        Object partial = Ops.call(ts, Ops.getAttr(ts, functools, "partial"), partialArgs, names);
        return PyTuple.of(partial, PyTuple.of(m.args.clone()));
    }
}
