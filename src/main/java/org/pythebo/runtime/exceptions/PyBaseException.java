package org.pythebo.runtime.exceptions;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exec.Frame;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exec.Traceback;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs.PySetter;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.HasDict;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

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
    /** The traceback object __traceback__ last gave out (see {@link #getTraceback}). */
    private volatile Traceback tracebackObject;
    /** The frame that added the newest entry while this exception is still propagating through it. */
    public Frame tbFrame;
    /** For AttributeError / NameError suggestions: the object and the name looked up. */
    public Object attrObj;
    public String attrName;
    /** A name given to NameError/AttributeError(name=...) that is not a str. */
    private Object attrNameObject;

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
        if (kwargs != null && kwargs.size() > 0) {
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
        setTraceback(self, tb);
        return self;
    }

    /** Replaces the traceback with a copy of {@code entries} (innermost first). */
    public void setTracebackEntries(List<Traceback.Entry> entries) {
        if (entries != traceback) {
            traceback.clear();
            traceback.addAll(entries);
        }
    }

    /**
     * Whether two exceptions carry the same traceback and chaining: how the end of a try-except*
     * tells a re-raised part of the caught group from a newly raised exception.
     */
    public boolean sameMetadata(PyBaseException other) {
        return traceback.equals(other.traceback) && cause == other.cause && context == other.context;
    }

    @PyGetter("args")
    public static Object getArgs(Object self) { return ((PyBaseException) self).args; }

    @PyGetter("__cause__")
    public static Object getCause(Object self) { return orNone(((PyBaseException) self).cause); }

    @PyGetter("__context__")
    public static Object getContext(Object self) { return orNone(((PyBaseException) self).context); }

    @PyGetter("__suppress_context__")
    public static Object getSuppressContext(Object self) { return ((PyBaseException) self).suppressContext; }

    /**
     * __traceback__: the same object while the exception has passed through no more frames, so a
     * chain a handler cuts (tb_next) stays cut when it reads the traceback again.
     */
    @PyGetter("__traceback__")
    public static Object getTraceback(Object self) {
        PyBaseException e = (PyBaseException) self;
        if (e.traceback.isEmpty()) {
            return Singleton.NONE;
        }
        Traceback shown = e.tracebackObject;
        List<Traceback.Entry> now = e.traceback;
        if (shown == null || shown.entries.size() != now.size() || shown.entries.getLast() != now.getLast()) {
            shown = new Traceback(now);
            e.tracebackObject = shown;
        }
        return shown;
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
        PyBaseException e = (PyBaseException) self;
        if (value == Singleton.NONE) {
            e.traceback.clear();
        } else if (value instanceof Traceback tb) {
            e.setTracebackEntries(tb.entries);
        } else {
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

    /** StopIteration.value and SystemExit.code; otherwise the single argument, or args. */
    static Object firstArg(Object self) {
        PyBaseException e = (PyBaseException) self;
        if (e.type.isSubtypeOf(Exc.StopIteration) || e.type.isSubtypeOf(Exc.SystemExit)) {
            return e.slots()[0];
        }
        return e.args.size() == 0 ? Singleton.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
    }

    // ---- the attributes of particular built-in exceptions ----

    /**
     * The attributes some built-in exceptions keep besides args (errno, filename, msg...): set by
     * their __init__, or worked out from args on first use when Java code raised the exception.
     */
    private Object[] slots;

    private Object[] slots() {
        Object[] s = slots;
        if (s == null) {
            s = parseSlots(args.toArray(), false);
            slots = s;
        }
        return s;
    }

    private Object[] parseSlots(Object[] a, boolean fromInit) {
        if (type.isSubtypeOf(Exc.OSError)) {
            return OSErrorAttrs.parse(this, a, fromInit);
        }
        if (type.isSubtypeOf(Exc.SyntaxError)) {
            return SyntaxErrorAttrs.parse(a);
        }
        if (type.isSubtypeOf(Exc.ImportError)) {
            return new Object[] {a.length == 1 ? a[0] : Singleton.NONE, Singleton.NONE, Singleton.NONE};
        }
        if (type.isSubtypeOf(Exc.StopIteration)) {
            return new Object[] {a.length == 0 ? Singleton.NONE : a[0]};
        }
        if (type.isSubtypeOf(Exc.UnicodeTranslateError)) {
            return a.length == 4 ? new Object[] {Singleton.NONE, a[0], a[1], a[2], a[3]} : new Object[0];
        }
        if (type.isSubtypeOf(Exc.UnicodeDecodeError) || type.isSubtypeOf(Exc.UnicodeEncodeError)) {
            return a.length == 5 ? a.clone() : new Object[0];
        }
        if (type.isSubtypeOf(Exc.SystemExit)) {
            return new Object[] {a.length == 0 ? Singleton.NONE : a.length == 1 ? a[0] : PyTuple.of(a)};
        }
        return new Object[0];
    }

    /** Sets an OSError's errno, strerror, filename and filename2 without parsing args ({@link OSErrors}). */
    void setOSErrorAttributes(Object errno, Object strerror, Object filename, Object filename2) {
        slots = new Object[] {errno, strerror, filename, filename2};
    }

    private static Object slot(Object self, int i) {
        return ((PyBaseException) self).slots()[i];
    }

    private static void setSlot(Object self, int i, Object value) {
        ((PyBaseException) self).slots()[i] = value == null ? Singleton.NONE : value;
    }

    /** __init__ of the exceptions whose attributes come from the arguments. */
    private static Object initWithSlots(Object self, Object[] args, PyDict kwargs) {
        __init__(self, args, kwargs);
        PyBaseException e = (PyBaseException) self;
        e.slots = e.parseSlots(args, true);
        return Singleton.NONE;
    }

    /** SystemExit's attributes. */
    public static final class SystemExitAttrs {
        private SystemExitAttrs() {}

        @PyMethod("($self, *args, **kwargs)")
        public static Object __init__(Object self, Object[] args, PyDict kwargs) {
            return initWithSlots(self, args, kwargs);
        }

        @PyGetter("code")
        public static Object code(Object self) { return slot(self, 0); }

        @PySetter("code")
        public static void setCode(Object self, Object v) { setSlot(self, 0, v); }
    }

    /** StopIteration's attributes. */
    public static final class StopIterationAttrs {
        private StopIterationAttrs() {}

        @PyMethod("($self, *args, **kwargs)")
        public static Object __init__(Object self, Object[] args, PyDict kwargs) {
            return initWithSlots(self, args, kwargs);
        }

        @PyGetter("value")
        public static Object value(Object self) { return slot(self, 0); }

        @PySetter("value")
        public static void setValue(Object self, Object v) { setSlot(self, 0, v); }
    }

    /** NameError's and AttributeError's attributes (name, and obj for AttributeError). */
    public static final class NameAttrs {
        private NameAttrs() {}

        @PyMethod("($self, *args, **kwargs)")
        public static Object __init__(Object self, Object[] args, PyDict kwargs) {
            PyBaseException e = (PyBaseException) self;
            boolean attributeError = e.type.isSubtypeOf(Exc.AttributeError);
            String owner = attributeError ? "AttributeError" : "NameError";
            Object name = null;
            Object obj = null;
            if (kwargs != null) {
                for (Object k : kwargs.keys()) {
                    if ("name".equals(k)) {
                        name = kwargs.get(k);
                    } else if (attributeError && "obj".equals(k)) {
                        obj = kwargs.get(k);
                    } else {
                        throw PyException.typeError("'" + k + "' is an invalid keyword argument for " + owner + "()");
                    }
                }
            }
            PyBaseException.__init__(self, args, null);
            e.attrName = name instanceof String s ? s : null;
            e.attrNameObject = name;
            e.attrObj = obj;
            return Singleton.NONE;
        }

        @PyGetter("name")
        public static Object name(Object self) {
            PyBaseException e = (PyBaseException) self;
            Object n = e.attrNameObject != null ? e.attrNameObject : e.attrName;
            return n == null ? Singleton.NONE : n;
        }

        @PySetter("name")
        public static void setName(Object self, Object v) {
            PyBaseException e = (PyBaseException) self;
            e.attrNameObject = v;
            e.attrName = v instanceof String s ? s : null;
        }

        @PyGetter("obj")
        public static Object obj(Object self) {
            Object o = ((PyBaseException) self).attrObj;
            return o == null ? Singleton.NONE : o;
        }
    }

    /** ImportError's msg, name and path. */
    public static final class ImportErrorAttrs {
        private ImportErrorAttrs() {}

        @PyMethod("($self, *args, **kwargs)")
        public static Object __init__(Object self, Object[] args, PyDict kwargs) {
            Object name = Singleton.NONE;
            Object path = Singleton.NONE;
            if (kwargs != null) {
                for (Object k : kwargs.keys()) {
                    if ("name".equals(k)) {
                        name = kwargs.get(k);
                    } else if ("path".equals(k)) {
                        path = kwargs.get(k);
                    } else {
                        throw PyException.typeError("'" + k + "' is an invalid keyword argument for ImportError()");
                    }
                }
            }
            initWithSlots(self, args, null);
            setSlot(self, 1, name);
            setSlot(self, 2, path);
            return Singleton.NONE;
        }

        @PyMethod("($self, /)")
        public static Object __str__(ThreadState ts, Object self) {
            return slot(self, 0) instanceof String s ? s : PyBaseException.__str__(ts, self);
        }

        @PyGetter("msg")
        public static Object msg(Object self) { return slot(self, 0); }

        @PySetter("msg")
        public static void setMsg(Object self, Object v) { setSlot(self, 0, v); }

        @PyGetter("name")
        public static Object name(Object self) { return slot(self, 1); }

        @PySetter("name")
        public static void setName(Object self, Object v) { setSlot(self, 1, v); }

        @PyGetter("path")
        public static Object path(Object self) { return slot(self, 2); }

        @PySetter("path")
        public static void setPath(Object self, Object v) { setSlot(self, 2, v); }
    }

    /** OSError's errno, strerror, filename and filename2, and the subclass an errno selects. */
    public static final class OSErrorAttrs {
        private OSErrorAttrs() {}

        private static final int ERRNO = 0;
        private static final int STRERROR = 1;
        private static final int FILENAME = 2;
        private static final int FILENAME2 = 3;

        static Object[] parse(PyBaseException e, Object[] a, boolean fromInit) {
            Object[] s = {Singleton.NONE, Singleton.NONE, Singleton.NONE, Singleton.NONE};
            if (a.length >= 2 && a.length <= 5) {
                s[ERRNO] = a[0];
                s[STRERROR] = a[1];
                if (a.length >= 3) {
                    s[FILENAME] = a[2];
                }
                if (a.length == 5) {
                    s[FILENAME2] = a[4];
                }
                // With a filename, args keeps only (errno, strerror), as CPython's OSError does.
                if (fromInit && s[FILENAME] != Singleton.NONE) {
                    e.args = PyTuple.of(a[0], a[1]);
                }
            }
            return s;
        }

        @PyMethod("($type, *args, **kwargs)")
        public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
            if (cls == Exc.OSError && args.length >= 2 && args.length <= 5 && args[0] instanceof Long errno) {
                cls = OSErrors.typeFor(errno);
            }
            return PyBaseException.__new__(ts, cls, args, kwargs);
        }

        @PyMethod("($self, *args, **kwargs)")
        public static Object __init__(Object self, Object[] args, PyDict kwargs) {
            return initWithSlots(self, args, kwargs);
        }

        @PyMethod("($self, /)")
        public static Object __str__(ThreadState ts, Object self) {
            Object[] s = ((PyBaseException) self).slots();
            if (s[FILENAME] != Singleton.NONE) {
                String head = "[Errno " + Ops.str(ts, s[ERRNO]) + "] " + Ops.str(ts, s[STRERROR]) + ": "
                        + Ops.repr(ts, s[FILENAME]);
                return s[FILENAME2] != Singleton.NONE ? head + " -> " + Ops.repr(ts, s[FILENAME2]) : head;
            }
            if (s[ERRNO] != Singleton.NONE && s[STRERROR] != Singleton.NONE) {
                return "[Errno " + Ops.str(ts, s[ERRNO]) + "] " + Ops.str(ts, s[STRERROR]);
            }
            return PyBaseException.__str__(ts, self);
        }

        @PyGetter("errno")
        public static Object errno(Object self) { return slot(self, ERRNO); }

        @PySetter("errno")
        public static void setErrno(Object self, Object v) { setSlot(self, ERRNO, v); }

        @PyGetter("strerror")
        public static Object strerror(Object self) { return slot(self, STRERROR); }

        @PySetter("strerror")
        public static void setStrerror(Object self, Object v) { setSlot(self, STRERROR, v); }

        @PyGetter("filename")
        public static Object filename(Object self) { return slot(self, FILENAME); }

        @PySetter("filename")
        public static void setFilename(Object self, Object v) { setSlot(self, FILENAME, v); }

        @PyGetter("filename2")
        public static Object filename2(Object self) { return slot(self, FILENAME2); }

        @PySetter("filename2")
        public static void setFilename2(Object self, Object v) { setSlot(self, FILENAME2, v); }
    }

    /**
     * UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError: encoding, object, start,
     * end and reason (a translate error has no encoding).
     */
    public static final class UnicodeErrorAttrs {
        private UnicodeErrorAttrs() {}

        private static final int ENCODING = 0;
        private static final int OBJECT = 1;
        private static final int START = 2;
        private static final int END = 3;
        private static final int REASON = 4;

        private static boolean isDecode(PyBaseException e) { return e.type.isSubtypeOf(Exc.UnicodeDecodeError); }

        private static boolean isTranslate(PyBaseException e) { return e.type.isSubtypeOf(Exc.UnicodeTranslateError); }

        @PyMethod("($self, *args, **kwargs)")
        public static Object __init__(Object self, Object[] args, PyDict kwargs) {
            PyBaseException e = (PyBaseException) self;
            PyBaseException.__init__(self, args, kwargs);
            boolean translate = isTranslate(e);
            int n = translate ? 4 : 5;
            if (args.length != n) {
                throw PyException.typeError("function takes exactly " + n + " arguments (" + args.length + " given)");
            }
            Object[] a = translate ? new Object[] {Singleton.NONE, args[0], args[1], args[2], args[3]} : args.clone();
            if (!translate && !(a[ENCODING] instanceof String)) {
                throw argType(1, "str", a[ENCODING]);
            }
            if (isDecode(e)) {
                if (a[OBJECT] instanceof PyByteArray ba) {
                    a[OBJECT] = PyBytes.of(ba.toBytes());
                } else if (!(a[OBJECT] instanceof PyBytes)) {
                    throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(a[OBJECT]) + "'");
                }
            } else if (!(a[OBJECT] instanceof String)) {
                throw argType(translate ? 1 : 2, "str", a[OBJECT]);
            }
            int shift = translate ? -1 : 0;
            for (int i = START; i <= END; i++) {
                a[i] = Convert.index(null, a[i]);
            }
            if (!(a[REASON] instanceof String)) {
                throw argType(REASON + 1 + shift, "str", a[REASON]);
            }
            e.slots = a;
            return Singleton.NONE;
        }

        private static PyException argType(int n, String want, Object got) {
            return PyException.typeError("argument " + n + " must be " + want + ", not " + Ops.typeName(got));
        }

        private static long index(Object o) {
            return o instanceof Boolean b ? (b ? 1 : 0) : (Long) o;
        }

        @PyMethod("($self, /)")
        public static Object __str__(ThreadState ts, Object self) {
            PyBaseException e = (PyBaseException) self;
            Object[] s = e.slots();
            if (s.length != 5 || !(s[START] instanceof Long || s[START] instanceof Boolean)
                    || !(s[END] instanceof Long || s[END] instanceof Boolean)) {
                return "";
            }
            long start = index(s[START]);
            long end = index(s[END]);
            String reason = Ops.str(ts, s[REASON]);
            String codec = isTranslate(e) ? "" : "'" + Ops.str(ts, s[ENCODING]) + "' codec ";
            if (isDecode(e)) {
                byte[] b = s[OBJECT] instanceof PyBytes pb ? pb.value() : new byte[0];
                if (end == start + 1 && start >= 0 && start < b.length) {
                    return codec + "can't decode byte 0x" + String.format("%02x", b[(int) start] & 0xff) + " in position "
                            + start + ": " + reason;
                }
                return codec + "can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
            }
            String verb = isTranslate(e) ? "translate" : "encode";
            String text = s[OBJECT] instanceof String str ? str : "";
            int cps = text.codePointCount(0, text.length());
            if (end == start + 1 && start >= 0 && start < cps) {
                int ch = text.codePointAt(text.offsetByCodePoints(0, (int) start));
                String esc = ch <= 0xff ? String.format("\\x%02x", ch) : ch <= 0xffff ? String.format("\\u%04x", ch)
                        : String.format("\\U%08x", ch);
                return codec + "can't " + verb + " character '" + esc + "' in position " + start + ": " + reason;
            }
            return codec + "can't " + verb + " characters in position " + start + "-" + (end - 1) + ": " + reason;
        }

        private static Object get(Object self, int i) {
            Object[] s = ((PyBaseException) self).slots();
            return s.length != 5 ? Singleton.NONE : s[i];
        }

        private static void set(Object self, int i, Object v) {
            PyBaseException e = (PyBaseException) self;
            if (e.slots().length != 5) {
                e.slots = new Object[] {Singleton.NONE, Singleton.NONE, Singleton.NONE, Singleton.NONE, Singleton.NONE};
            }
            e.slots[i] = v == null ? Singleton.NONE : v;
        }

        @PyGetter("encoding")
        public static Object encoding(Object self) { return get(self, ENCODING); }

        @PySetter("encoding")
        public static void setEncoding(Object self, Object v) { set(self, ENCODING, v); }

        @PyGetter("object")
        public static Object object(Object self) { return get(self, OBJECT); }

        @PySetter("object")
        public static void setObject(Object self, Object v) { set(self, OBJECT, v); }

        @PyGetter("start")
        public static Object start(Object self) { return get(self, START); }

        @PySetter("start")
        public static void setStart(Object self, Object v) { set(self, START, v); }

        @PyGetter("end")
        public static Object end(Object self) { return get(self, END); }

        @PySetter("end")
        public static void setEnd(Object self, Object v) { set(self, END, v); }

        @PyGetter("reason")
        public static Object reason(Object self) { return get(self, REASON); }

        @PySetter("reason")
        public static void setReason(Object self, Object v) { set(self, REASON, v); }
    }

    /** SyntaxError's msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line. */
    public static final class SyntaxErrorAttrs {
        private SyntaxErrorAttrs() {}

        private static final String[] NAMES = {"msg", "filename", "lineno", "offset", "text", "end_lineno",
            "end_offset", "print_file_and_line"};

        static Object[] parse(Object[] a) {
            Object[] s = new Object[NAMES.length];
            java.util.Arrays.fill(s, Singleton.NONE);
            if (a.length >= 1) {
                s[0] = a[0];
            }
            if (a.length == 2) {
                Object[] info = Ops.toArray(ThreadState.current(), a[1]);
                if (info.length < 4 || info.length > 6) {
                    throw PyException.indexError("tuple index out of range");
                }
                System.arraycopy(info, 0, s, 1, info.length);
            }
            return s;
        }

        @PyMethod("($self, *args, **kwargs)")
        public static Object __init__(Object self, Object[] args, PyDict kwargs) {
            return initWithSlots(self, args, kwargs);
        }

        @PyMethod("($self, /)")
        public static Object __str__(ThreadState ts, Object self) {
            Object[] s = ((PyBaseException) self).slots();
            String msg = Ops.str(ts, s[0]);
            String file = s[1] instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
            boolean haveLine = s[2] instanceof Long || s[2] instanceof Boolean;
            if (file != null && haveLine) {
                return msg + " (" + file + ", line " + Ops.str(ts, s[2]) + ")";
            }
            if (file != null) {
                return msg + " (" + file + ")";
            }
            if (haveLine) {
                return msg + " (line " + Ops.str(ts, s[2]) + ")";
            }
            return msg;
        }

        private static Object get(Object self, int i) { return slot(self, i); }

        @PyGetter("msg")
        public static Object msg(Object self) { return get(self, 0); }

        @PySetter("msg")
        public static void setMsg(Object self, Object v) { setSlot(self, 0, v); }

        @PyGetter("filename")
        public static Object filename(Object self) { return get(self, 1); }

        @PySetter("filename")
        public static void setFilename(Object self, Object v) { setSlot(self, 1, v); }

        @PyGetter("lineno")
        public static Object lineno(Object self) { return get(self, 2); }

        @PySetter("lineno")
        public static void setLineno(Object self, Object v) { setSlot(self, 2, v); }

        @PyGetter("offset")
        public static Object offset(Object self) { return get(self, 3); }

        @PySetter("offset")
        public static void setOffset(Object self, Object v) { setSlot(self, 3, v); }

        @PyGetter("text")
        public static Object text(Object self) { return get(self, 4); }

        @PySetter("text")
        public static void setText(Object self, Object v) { setSlot(self, 4, v); }

        @PyGetter("end_lineno")
        public static Object endLineno(Object self) { return get(self, 5); }

        @PySetter("end_lineno")
        public static void setEndLineno(Object self, Object v) { setSlot(self, 5, v); }

        @PyGetter("end_offset")
        public static Object endOffset(Object self) { return get(self, 6); }

        @PySetter("end_offset")
        public static void setEndOffset(Object self, Object v) { setSlot(self, 6, v); }

        @PyGetter("print_file_and_line")
        public static Object printFileAndLine(Object self) { return get(self, 7); }

        @PySetter("print_file_and_line")
        public static void setPrintFileAndLine(Object self, Object v) { setSlot(self, 7, v); }
    }

    private static Object orNone(Object o) {
        return o == null ? Singleton.NONE : o;
    }
}
