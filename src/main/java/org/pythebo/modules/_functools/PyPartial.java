package org.pythebo.modules._functools;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.modules.builtins.Builtins;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.ObjectMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code functools.partial}: a function with some arguments already given. A call prepends the
 * stored positional arguments and merges the stored keywords under the call's, vectorcall style,
 * without building a tuple or a dict when there are no stored keywords. The function, arguments
 * and keywords are one immutable {@link Parts} (replaced whole by {@code __setstate__}), so a call
 * never sees half of a change; the keywords dict is shared with Python ({@code p.keywords}), as
 * CPython's is. Not a method descriptor: as a class attribute it is not bound.
 */
public final class PyPartial extends PyObject implements PyCallable, HasDict {
    static final PyType TYPE = PyType.newBuiltin("functools.partial", PyType.OBJECT, PyPartial.class,
            PyType.Layout.OBJECT);

    public static final String __doc__ = "partial(func, *args, **keywords) - new function with partial application\n"
            + "    of the given arguments and keywords.\n";

    static {
        TYPE.typeDict().put("__module__", "functools");
    }

    private record Parts(Object fn, PyTuple args, PyDict keywords) {}

    private volatile Parts parts;
    private volatile PyDict dict;

    private PyPartial(Parts parts) {
        this.parts = parts;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyDict dict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = new PyDict();
                    dict = d;
                }
            }
        }
        return d;
    }

    /** The instance dict when it holds anything, else null. */
    private static PyDict ownDict(Object visible) {
        PyDict d = visible instanceof PyPartial p ? p.dict : visible instanceof HasDict hd ? hd.dict() : null;
        return d == null || d.size() == 0 ? null : d;
    }

    private static PyPartial self(Object self) {
        return (PyPartial) PyValueInstance.unwrap(self);
    }

    // ---- construction ----

    /**
     * partial(func, *args, **keywords). A partial (of any class that keeps partial's __call__) with
     * no attributes of its own as func is flattened into the new one, as CPython does.
     */
    @PyMethod(value = "($type, *args, **kwargs)", seesSubclass = true)
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (args.length < 1) {
            throw PyException.typeError("type 'partial' takes at least one argument");
        }
        Object fn = args[0];
        if (Builtins.callable(fn) != Boolean.TRUE) {
            throw PyException.typeError("the first argument must be callable");
        }
        Object[] stored = new Object[args.length - 1];
        System.arraycopy(args, 1, stored, 0, stored.length);
        PyDict keywords = new PyDict();
        if (PyValueInstance.unwrap(fn) instanceof PyPartial inner && ownDict(fn) == null
                && Ops.type(fn).lookup("__call__") == TYPE.lookup("__call__")) {
            Parts p = inner.parts;
            fn = p.fn;
            Object[] joined = new Object[p.args.size() + stored.length];
            System.arraycopy(p.args.items, 0, joined, 0, p.args.size());
            System.arraycopy(stored, 0, joined, p.args.size(), stored.length);
            stored = joined;
            keywords.updateFrom(ts, p.keywords);
        }
        keywords.updateFrom(ts, kwargs);
        PyPartial made = new PyPartial(new Parts(fn, PyTuple.of(stored), keywords));
        PyType t = (PyType) cls;
        return t == TYPE ? made : new PyValueInstance(t, made);
    }

    // ---- calling ----

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        Parts p = parts;
        Object[] stored = p.args.items;
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (p.keywords.size() == 0) {
            if (stored.length == 0) {
                return Ops.call(ts, p.fn, args, kwnames);
            }
            Object[] all = new Object[stored.length + args.length];
            System.arraycopy(stored, 0, all, 0, stored.length);
            System.arraycopy(args, 0, all, stored.length, args.length);
            return Ops.call(ts, p.fn, all, kwnames);
        }
        // The stored keywords, each overridden by a keyword of the call, then the call's others.
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        p.keywords.forEachEntry((k, v) -> {
            names.add(String.valueOf(k instanceof String s ? s : Ops.str(ts, k)));
            values.add(v);
        });
        int npos = args.length - nkw;
        for (int i = 0; i < nkw; i++) {
            int at = names.indexOf(kwnames[i]);
            if (at >= 0) {
                values.set(at, args[npos + i]);
            } else {
                names.add(kwnames[i]);
                values.add(args[npos + i]);
            }
        }
        Object[] all = new Object[stored.length + npos + names.size()];
        System.arraycopy(stored, 0, all, 0, stored.length);
        System.arraycopy(args, 0, all, stored.length, npos);
        for (int i = 0; i < names.size(); i++) {
            all[stored.length + npos + i] = values.get(i);
        }
        return Ops.call(ts, p.fn, all, names.toArray(new String[0]));
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", doc = "Call self as a function.")
    public static Object __call__(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self(self), args, kwargs);
    }

    // ---- attributes ----

    @PyGetter("func")
    public static Object func(Object self) { return self(self).parts.fn; }

    @PyGetter("args")
    public static Object args(Object self) { return self(self).parts.args; }

    @PyGetter("keywords")
    public static Object keywords(Object self) { return self(self).parts.keywords; }

    @PySetter("func")
    public static void setFunc(Object self, Object value) { throw readonly(self); }

    @PySetter("args")
    public static void setArgs(Object self, Object value) { throw readonly(self); }

    @PySetter("keywords")
    public static void setKeywords(Object self, Object value) { throw readonly(self); }

    private static PyException readonly(Object self) {
        return PyException.attributeError("readonly attribute", self, null);
    }

    @PyGetter("__dict__")
    public static Object getDict(Object self) { return ((HasDict) self).dict(); }

    @PySetter("__dict__")
    public static void setDict(Object self, Object value) {
        if (value == null) {
            throw PyException.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyException.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(value) + "'");
        }
        if (self instanceof PyPartial p) {
            p.dict = d;
        } else {
            ((PyValueInstance) self).setDict(d);
        }
    }

    // ---- repr and pickling ----

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __repr__(ThreadState ts, Object self) {
        PyPartial p = self(self);
        String name = Ops.type(self).name;
        return Ops.reprOnce(p, "...", () -> {
            Parts parts = p.parts;
            StringBuilder sb = new StringBuilder(name).append('(').append(Ops.repr(ts, parts.fn));
            for (Object a : parts.args.items) {
                sb.append(", ").append(Ops.repr(ts, a));
            }
            parts.keywords.forEachEntry((k, v) -> sb.append(", ").append(Ops.str(ts, k)).append('=')
                    .append(Ops.repr(ts, v)));
            return sb.append(')').toString();
        });
    }

    @PyMethod(value = "($self, /)", seesSubclass = true)
    public static Object __reduce__(Object self) {
        Parts p = self(self).parts;
        PyDict d = ownDict(self);
        return PyTuple.of(Ops.type(self), PyTuple.of(p.fn),
                PyTuple.of(p.fn, p.args, p.keywords, d == null ? Singleton.NONE : d));
    }

    @PyMethod(value = "($self, state, /)", seesSubclass = true)
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) {
            throw PyException.typeError("invalid partial state");
        }
        Object fn = t.get(0);
        Object fnArgs = PyValueInstance.unwrap(t.get(1));
        Object kw = t.get(2);
        Object dict = t.get(3);
        if (Builtins.callable(fn) != Boolean.TRUE || !(fnArgs instanceof PyTuple args)
                || (kw != Singleton.NONE && !(PyValueInstance.unwrap(kw) instanceof PyDict))) {
            throw PyException.typeError("invalid partial state");
        }
        PyDict keywords;
        if (kw == Singleton.NONE) {
            keywords = new PyDict();
        } else if (kw instanceof PyDict exact && exact.type() == PyType.DICT) {
            keywords = exact;
        } else {
            keywords = new PyDict();
            keywords.updateFrom(ts, kw);
        }
        PyPartial p = self(self);
        p.parts = new Parts(fn, PyTuple.of(args.items), keywords);
        if (dict instanceof PyDict d) {
            setDict(self, d);
        } else if (dict == Singleton.NONE && self instanceof PyPartial exact) {
            exact.dict = null;
        }
    }

    @PyMethod(value = "($type, item, /)", seesSubclass = true, doc = "See PEP 585")
    public static Object __class_getitem__(Object cls, Object item) { return new PyGenericAlias(cls, item); }

    @PyMethod("($self, name, /)")
    public static Object __getattribute__(ThreadState ts, Object self, Object name) {
        return ObjectMethods.__getattribute__(ts, self, name);
    }
}
