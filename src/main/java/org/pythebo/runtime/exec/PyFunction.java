package org.pythebo.runtime.exec;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Descriptor;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyCallable;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * A Python function: code, globals, defaults and closure. Calling it binds the arguments straight
 * into the new frame's slots, with CPython's exact messages for every mismatch.
 */
public final class PyFunction extends PyObject implements PyCallable, Descriptor, HasDict {
    /** The code; replaced only by assigning {@code __code__}. */
    public PyCode code;
    public final Globals globals;
    public Object[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public Object doc = Singleton.NONE;
    public Object module = Singleton.NONE;
    /** {@code __annotations__}; null until the def had some or someone asked (then an empty dict). */
    public PyDict annotations;
    private PyDict dict;

    public PyFunction(PyCode code, Globals globals, Object[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    @Override
    public PyType type() { return PyType.FUNCTION; }

    @Override
    public synchronized PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public Object get(ThreadState ts, Object obj, PyType type) {
        return obj == null ? this : new PyBoundMethod(this, obj);
    }

    /** {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}. */
    @PyMethod("($type, code, globals, name=None, argdefs=None, closure=None)")
    public static Object __new__(ThreadState ts, Object cls, Object code, Object globals, Object name, Object argdefs,
                                 Object closure) {
        if (!(code instanceof PyCode c)) {
            throw PyException.typeError("function() argument 'code' must be code, not " + Ops.typeName(code));
        }
        if (!(globals instanceof PyDict g)) {
            throw PyException.typeError("function() argument 'globals' must be dict, not " + Ops.typeName(globals));
        }
        if (name != Singleton.NONE && !(name instanceof String)) {
            throw PyException.typeError("arg 3 (name) must be None or string");
        }
        if (argdefs != Singleton.NONE && !(argdefs instanceof PyTuple)) {
            throw PyException.typeError("arg 4 (defaults) must be None or tuple");
        }
        if (closure != Singleton.NONE && !(closure instanceof PyTuple)) {
            throw PyException.typeError("arg 5 (closure) must be None or tuple");
        }
        int nfree = c.freevars.length;
        if (nfree > 0 && closure == Singleton.NONE) {
            throw PyException.typeError("arg 5 (closure) must be tuple");
        }
        PyCell[] cells = new PyCell[nfree];
        if (closure instanceof PyTuple t) {
            if (t.size() != nfree) {
                throw PyException.valueError(c.name + " requires closure of length " + nfree + ", not " + t.size());
            }
            for (int i = 0; i < nfree; i++) {
                if (!(t.get(i) instanceof PyCell cell)) {
                    throw PyException.typeError("arg 5 (closure) expected cell, found " + Ops.typeName(t.get(i)));
                }
                cells[i] = cell;
            }
        }
        Globals caller = ts.frame.globals;
        Globals builtins = caller.builtins != null ? caller.builtins : caller;
        PyFunction f = new PyFunction(c, g == caller.dict ? caller : new Globals(g, builtins),
                argdefs instanceof PyTuple d ? d.toArray() : null, null, cells);
        if (name instanceof String s) {
            f.name = s;
        }
        Object module = g.get(ts, "__name__");
        if (module != null) {
            f.module = module;
        }
        return f;
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", name = "__call__")
    public static Object callSlot(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return Ops.callWithKwargs(ts, self, args, kwargs);
    }

    /** The Python-visible {@code function.__get__}: an instance binds, None (with a type) gives the function. */
    @PyMethod(value = "($self, instance, owner=None, /)", name = "__get__")
    public static Object getDescr(Object self, Object instance, Object owner) {
        if (instance == Singleton.NONE) {
            if (owner == Singleton.NONE) {
                throw PyException.typeError("__get__(None, None) is invalid");
            }
            return self;
        }
        return new PyBoundMethod(self, instance);
    }

    @Override
    public Object call(ThreadState ts, Object[] args, String[] kwnames) {
        return code.run(newFrame(ts, null, args, kwnames));
    }

    /** Calls with a receiver in front of args (method calls without a bound-method object). */
    public Object callWithSelf(ThreadState ts, Object self, Object[] args, String[] kwnames) {
        return code.run(newFrame(ts, self, args, kwnames));
    }

    /** A frame with the arguments bound; {@code self} (if not null) is the first positional argument. */
    public Frame newFrame(ThreadState ts, Object self, Object[] args, String[] kwnames) {
        PyCode c = code;
        Object[] locals = new Object[c.varnames.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int shift = self == null ? 0 : 1;
        int npos = args.length - nkw + shift;
        int argc = c.argcount;
        if (self != null && argc > 0) {
            locals[0] = self;
        }
        int direct = Math.min(npos, argc);
        for (int i = shift; i < direct; i++) {
            locals[i] = args[i - shift];
        }
        int next = argc + c.kwonlyargcount;
        if (c.varargs) {
            Object[] extra = new Object[Math.max(0, npos - argc)];
            for (int i = 0; i < extra.length; i++) {
                int src = argc + i;
                extra[i] = src == 0 && self != null ? self : args[src - shift];
            }
            locals[next++] = PyTuple.of(extra);
        } else if (npos > argc) {
            throw tooManyPositional(npos, args, kwnames, shift);
        }
        PyDict kwargs = null;
        if (c.varkw) {
            kwargs = new PyDict();
            locals[next] = kwargs;
        }
        if (nkw > 0) {
            bindKeywords(ts, args, kwnames, locals, kwargs);
        }
        if (npos < argc) {
            fillDefaults(npos, locals);
        }
        if (c.kwonlyargcount > 0) {
            fillKwDefaults(locals);
        }
        PyCell[] cells = null;
        int ncells = c.cellvars.length + c.freevars.length;
        if (ncells > 0) {
            cells = new PyCell[ncells];
            for (int i = 0; i < c.cellvars.length; i++) {
                int p = c.cellFromParam[i];
                cells[i] = new PyCell(p >= 0 ? locals[p] : null);
            }
            System.arraycopy(closure, 0, cells, c.cellvars.length, c.freevars.length);
        }
        return new Frame(ts, c, globals, locals, cells, null);
    }

    private void bindKeywords(ThreadState ts, Object[] args, String[] kwnames, Object[] locals, PyDict kwargs) {
        PyCode c = code;
        int nkw = kwnames.length;
        int end = c.argcount + c.kwonlyargcount;
        StringBuilder posonlyGiven = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            Object value = args[args.length - nkw + k];
            int idx = -1;
            for (int j = c.posonlyargcount; j < end; j++) {
                if (c.varnames[j].equals(kw)) {
                    idx = j;
                    break;
                }
            }
            if (idx >= 0) {
                if (locals[idx] != null) {
                    throw PyException.typeError(qualname + "() got multiple values for argument '" + kw + "'");
                }
                locals[idx] = value;
                continue;
            }
            if (kwargs != null) {
                kwargs.setItem(ts, kw, value);
                continue;
            }
            boolean posonly = false;
            for (int j = 0; j < c.posonlyargcount; j++) {
                if (c.varnames[j].equals(kw)) {
                    posonly = true;
                    break;
                }
            }
            if (posonly) {
                if (posonlyGiven == null) {
                    posonlyGiven = new StringBuilder();
                } else {
                    posonlyGiven.append(", ");
                }
                posonlyGiven.append(kw);
                continue;
            }
            throw PyException.typeError(qualname + "() got an unexpected keyword argument '" + kw + "'");
        }
        if (posonlyGiven != null) {
            throw PyException.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + posonlyGiven + "'");
        }
    }

    private void fillDefaults(int npos, Object[] locals) {
        int argc = code.argcount;
        int ndef = defaults == null ? 0 : defaults.length;
        int firstDefault = argc - ndef;
        java.util.List<String> missing = null;
        for (int i = npos; i < argc; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) {
                    locals[i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new java.util.ArrayList<>();
                    }
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingError(missing, "positional");
        }
    }

    private void fillKwDefaults(Object[] locals) {
        java.util.List<String> missing = null;
        for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
            if (locals[i] == null) {
                Object d = kwdefaults == null ? null : kwdefaults.get(code.varnames[i]);
                if (d != null) {
                    locals[i] = d;
                } else {
                    if (missing == null) {
                        missing = new java.util.ArrayList<>();
                    }
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingError(missing, "keyword-only");
        }
    }

    private PyException missingError(java.util.List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyException.typeError(qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    private PyException tooManyPositional(int npos, Object[] args, String[] kwnames, int shift) {
        int argc = code.argcount;
        int ndef = defaults == null ? 0 : defaults.length;
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String kw : kwnames) {
                for (int j = argc; j < argc + code.kwonlyargcount; j++) {
                    if (code.varnames[j].equals(kw)) {
                        kwonlyGiven++;
                    }
                }
            }
        }
        String takes = ndef > 0 ? "from " + (argc - ndef) + " to " + argc : String.valueOf(argc);
        boolean plural = ndef > 0 || argc != 1;
        String given;
        if (kwonlyGiven > 0) {
            given = npos + " positional argument" + (npos == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")";
        } else {
            given = String.valueOf(npos);
        }
        return PyException.typeError(qualname + "() takes " + takes + " positional argument" + (plural ? "s" : "")
                + " but " + given + " " + (npos == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    @PyGetter("__name__")
    public static Object getName(Object self) { return ((PyFunction) self).name; }

    @PyGetter("__qualname__")
    public static Object getQualname(Object self) { return ((PyFunction) self).qualname; }

    @PyGetter("__doc__")
    public static Object getDoc(Object self) { return ((PyFunction) self).doc; }

    @PyGetter("__module__")
    public static Object getModule(Object self) { return ((PyFunction) self).module; }

    @PyGetter("__code__")
    public static Object getCode(Object self) { return ((PyFunction) self).code; }

    @PySetter("__code__")
    public static void setCode(Object self, Object value) {
        PyFunction f = (PyFunction) self;
        if (!(value instanceof PyCode code)) {
            throw PyException.typeError("__code__ must be set to a code object");
        }
        int free = f.closure == null ? 0 : f.closure.length;
        if (code.freevars.length != free) {
            throw PyException.valueError(f.name + "() requires a code object with " + free + " free vars, not "
                    + code.freevars.length);
        }
        f.code = code;
    }

    @PyGetter("__defaults__")
    public static Object getDefaults(Object self) {
        Object[] d = ((PyFunction) self).defaults;
        return d == null || d.length == 0 ? Singleton.NONE : PyTuple.of(d.clone());
    }

    @PySetter("__name__")
    public static void setName(Object self, Object v) {
        if (!(v instanceof String s)) {
            throw PyException.typeError("__name__ must be set to a string object");
        }
        ((PyFunction) self).name = s;
    }

    @PySetter("__qualname__")
    public static void setQualname(Object self, Object v) {
        if (!(v instanceof String s)) {
            throw PyException.typeError("__qualname__ must be set to a string object");
        }
        ((PyFunction) self).qualname = s;
    }

    @PySetter("__doc__")
    public static void setDoc(Object self, Object v) { ((PyFunction) self).doc = v == null ? Singleton.NONE : v; }

    @PySetter("__module__")
    public static void setModule(Object self, Object v) { ((PyFunction) self).module = v == null ? Singleton.NONE : v; }

    @PySetter("__defaults__")
    public static void setDefaults(Object self, Object v) {
        if (v != null && v != Singleton.NONE && !(v instanceof PyTuple)) {
            throw PyException.typeError("__defaults__ must be set to a tuple object");
        }
        ((PyFunction) self).defaults = v instanceof PyTuple t ? t.toArray() : null;
    }

    @PyGetter("__kwdefaults__")
    public static Object getKwdefaults(Object self) {
        PyDict d = ((PyFunction) self).kwdefaults;
        return d == null ? Singleton.NONE : d;
    }

    @PySetter("__kwdefaults__")
    public static void setKwdefaults(Object self, Object v) {
        if (v != null && v != Singleton.NONE && !(v instanceof PyDict)) {
            throw PyException.typeError("__kwdefaults__ must be set to a dict object");
        }
        ((PyFunction) self).kwdefaults = v instanceof PyDict d ? d : null;
    }

    @PyGetter("__annotations__")
    public static Object getAnnotations(Object self) {
        PyFunction fn = (PyFunction) self;
        synchronized (fn) {
            if (fn.annotations == null) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }
    }

    @PySetter("__annotations__")
    public static void setAnnotations(Object self, Object v) {
        if (v != null && v != Singleton.NONE && !(v instanceof PyDict)) {
            throw PyException.typeError("__annotations__ must be set to a dict object");
        }
        PyFunction fn = (PyFunction) self;
        synchronized (fn) {
            fn.annotations = v instanceof PyDict d ? d : null;
        }
    }

    @PyGetter("__globals__")
    public static Object getGlobals(Object self) { return ((PyFunction) self).globals.dict; }

    @PyGetter("__closure__")
    public static Object getClosure(Object self) {
        PyCell[] c = ((PyFunction) self).closure;
        return c.length == 0 ? Singleton.NONE : PyTuple.of((Object[]) c.clone());
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
    }
}
