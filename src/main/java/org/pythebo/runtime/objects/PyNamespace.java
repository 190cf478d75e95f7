package org.pythebo.runtime.objects;

import java.util.IdentityHashMap;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;

/**
 * types.SimpleNamespace: an object whose attributes live in its {@code __dict__}
 * (sys.implementation, time.get_clock_info()).
 */
public final class PyNamespace extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.newBuiltin("types.SimpleNamespace", PyType.OBJECT, PyNamespace.class,
            PyType.Layout.OBJECT);

    static {
        TYPE.typeDict().put("__hash__", Singleton.NONE);
    }

    /** The namespaces whose repr is being built on this thread, for "namespace(...)" on cycles. */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_GUARD =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final PyDict dict = new PyDict();

    public PyNamespace() {}

    /** A namespace with these attributes: name, value, name, value... */
    public static PyNamespace of(Object... namesAndValues) {
        PyNamespace ns = new PyNamespace();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            ns.dict.setItem(namesAndValues[i], namesAndValues[i + 1]);
        }
        return ns;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyDict dict() { return dict; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyNamespace();
    }

    @PyMethod("($self, *args, **kwargs)")
    public static void __init__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        if (args.length > 0) {
            throw PyException.typeError("no positional arguments expected");
        }
        PyDict d = ((PyNamespace) self).dict;
        kwargs.forEachEntry((k, v) -> d.setItem(ts, k, v));
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        IdentityHashMap<Object, Boolean> guard = REPR_GUARD.get();
        if (guard.containsKey(self)) {
            return "namespace(...)";
        }
        guard.put(self, true);
        try {
            StringBuilder sb = new StringBuilder("namespace(");
            boolean[] first = {true};
            ((PyNamespace) self).dict.forEachEntry((k, v) -> {
                if (k instanceof String name) {
                    sb.append(first[0] ? "" : ", ").append(name).append('=').append(Ops.repr(ts, v));
                    first[0] = false;
                }
            });
            return sb.append(')').toString();
        } finally {
            guard.remove(self);
        }
    }

    @PyMethod("($self, other, /)")
    public static Object __eq__(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PyNamespace o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        return Ops.eq(ts, ((PyNamespace) self).dict, o.dict);
    }

    @PyMethod("($self, other, /)")
    public static Object __ne__(ThreadState ts, Object self, Object other) {
        if (!(other instanceof PyNamespace o)) {
            return Singleton.NOT_IMPLEMENTED;
        }
        return !Ops.eq(ts, ((PyNamespace) self).dict, o.dict);
    }
}
