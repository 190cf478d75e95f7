package org.pythebo.runtime;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.PyAttrs.PyGetter;
import org.pythebo.runtime.PyAttrs.PyMethod;
import org.pythebo.runtime.PyAttrs.PySetter;

/**
 * A Python exception object: BaseException and every subclass, built-in or not (the type field
 * says which). The traceback is the list of (frame, position) entries added as the exception
 * passes through Python frames, innermost first.
 */
public class PyBaseException extends PyObject implements HasDict {
    private final PyType type;
    public PyTuple args;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    private PyDict dict;
    /** Traceback entries, innermost first. */
    public final List<Traceback.Entry> traceback = new ArrayList<>();
    /** The frame that added the newest entry while this exception is still propagating through it. */
    public Frame tbFrame;
    /** For AttributeError / NameError suggestions: the object and the name looked up. */
    public Object attrObj;
    public String attrName;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    public static PyBaseException create(PyType type, String msg) {
        return new PyBaseException(type, msg == null ? PyTuple.EMPTY : PyTuple.of(msg));
    }

    @Override
    public PyType type() { return type; }

    @Override
    public synchronized PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** str(exc) without running Python code (for Java-side messages). */
    public String strNoThrow() {
        if (args.size() == 0) {
            return "";
        }
        Object a = args.get(0);
        return args.size() == 1 && a instanceof String s ? s : String.valueOf(a);
    }

    public boolean matches(PyType t) {
        return type.isSubtypeOf(t);
    }

    // ---- the Python-visible methods of BaseException ----

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        if (!(cls instanceof PyType t) || !t.isSubtypeOf(Exc.BaseException)) {
            throw PyException.typeError("BaseException.__new__(X): X is not a type object");
        }
        return new PyBaseException(t, PyTuple.of(args));
    }

    @PyMethod("($self, *args, **kwargs)")
    public static Object __init__(Object self, Object[] args, PyDict kwargs) {
        PyBaseException e = (PyBaseException) self;
        if (kwargs != null && kwargs.size() > 0 && e.type.lookup("__init__") instanceof PyMethodDescr) {
            throw PyException.typeError(e.type.name + "() takes no keyword arguments");
        }
        e.args = PyTuple.of(args);
        return Singleton.NONE;
    }

    @PyMethod("($self, /)")
    public static Object __str__(ThreadState ts, Object self) {
        PyBaseException e = (PyBaseException) self;
        if (e.type.isSubtypeOf(Exc.KeyError) && e.args.size() == 1) {
            return Ops.repr(ts, e.args.get(0));
        }
        return switch (e.args.size()) {
            case 0 -> "";
            case 1 -> Ops.str(ts, e.args.get(0));
            default -> Ops.repr(ts, e.args);
        };
    }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        PyBaseException e = (PyBaseException) self;
        String name = e.type.name;
        if (e.args.size() == 1) {
            return name + "(" + Ops.repr(ts, e.args.get(0)) + ")";
        }
        return name + Ops.repr(ts, e.args);
    }

    @PyMethod("($self, tb, /)")
    public static Object with_traceback(Object self, Object tb) {
        return self;
    }

    @PyGetter("args")
    public static Object getArgs(Object self) { return ((PyBaseException) self).args; }

    @PyGetter("__cause__")
    public static Object getCause(Object self) { return orNone(((PyBaseException) self).cause); }

    @PyGetter("__context__")
    public static Object getContext(Object self) { return orNone(((PyBaseException) self).context); }

    @PyGetter("__suppress_context__")
    public static Object getSuppressContext(Object self) { return ((PyBaseException) self).suppressContext; }

    @PyGetter("__traceback__")
    public static Object getTraceback(Object self) {
        PyBaseException e = (PyBaseException) self;
        return e.traceback.isEmpty() ? Singleton.NONE : new Traceback(e.traceback);
    }

    @PySetter("args")
    public static void setArgs(Object self, Object value) {
        ((PyBaseException) self).args = PyTuple.of(Ops.toArray(ThreadState.current(), value).clone());
    }

    private static PyBaseException causeOrContext(Object value, String what) {
        if (value == null || value == Singleton.NONE) {
            return null;
        }
        if (!(value instanceof PyBaseException e)) {
            throw PyException.typeError("exception " + what + " must be None or derive from BaseException");
        }
        return e;
    }

    @PySetter("__cause__")
    public static void setCause(Object self, Object value) {
        PyBaseException e = (PyBaseException) self;
        e.cause = causeOrContext(value, "cause");
        e.suppressContext = true;
    }

    @PySetter("__context__")
    public static void setContext(Object self, Object value) {
        ((PyBaseException) self).context = causeOrContext(value, "context");
    }

    @PySetter("__suppress_context__")
    public static void setSuppressContext(Object self, Object value) {
        ((PyBaseException) self).suppressContext = Ops.isTrue(ThreadState.current(), value);
    }

    @PySetter("__traceback__")
    public static void setTraceback(Object self, Object value) {
        if (value == Singleton.NONE) {
            ((PyBaseException) self).traceback.clear();
        } else if (!(value instanceof Traceback)) {
            throw PyException.typeError("__traceback__ must be a traceback or None");
        }
    }

    @PyMethod("($self, note, /)")
    public static void add_note(Object self, Object note) {
        if (!(note instanceof String)) {
            throw PyException.typeError("note must be a str, not '" + Ops.typeName(note) + "'");
        }
        PyDict d = ((PyBaseException) self).dict();
        Object notes = d.get("__notes__");
        if (notes == null) {
            notes = new PyList();
            d.setItem("__notes__", notes);
        }
        ((PyList) notes).append(note);
    }

    /** The first argument or None (StopIteration.value, SystemExit.code). */
    static Object firstArg(Object self) {
        PyBaseException e = (PyBaseException) self;
        return e.args.size() == 0 ? Singleton.NONE : e.args.size() == 1 || e.type().isSubtypeOf(Exc.StopIteration)
                ? e.args.get(0) : e.args;
    }

    /** SystemExit's attributes. */
    public static final class SystemExitAttrs {
        private SystemExitAttrs() {}

        @PyGetter("code")
        public static Object code(Object self) { return firstArg(self); }
    }

    /** StopIteration's attributes. */
    public static final class StopIterationAttrs {
        private StopIterationAttrs() {}

        @PyGetter("value")
        public static Object value(Object self) { return firstArg(self); }
    }

    /** NameError's and AttributeError's attributes. */
    public static final class NameAttrs {
        private NameAttrs() {}

        @PyGetter("name")
        public static Object name(Object self) {
            String n = ((PyBaseException) self).attrName;
            return n == null ? Singleton.NONE : n;
        }

        @PyGetter("obj")
        public static Object obj(Object self) {
            Object o = ((PyBaseException) self).attrObj;
            return o == null ? Singleton.NONE : o;
        }
    }

    private static Object orNone(Object o) {
        return o == null ? Singleton.NONE : o;
    }
}
