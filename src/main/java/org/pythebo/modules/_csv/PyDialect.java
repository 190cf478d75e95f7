package org.pythebo.modules._csv;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _csv.Dialect}: a validated, immutable set of formatting parameters. Characters are code
 * points, {@link #NOT_SET} where a dialect has no quote or escape character.
 */
public final class PyDialect extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_csv.Dialect", PyType.OBJECT, PyDialect.class, PyType.Layout.OBJECT);

    static final String __doc__ = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n";

    static {
        TYPE.typeDict().put("__module__", "_csv");
    }

    static final int NOT_SET = -1;
    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;

    /** The keywords of Dialect(), in the order CPython's parser takes them positionally. */
    private static final String[] KEYWORDS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    final int delimiter;
    final boolean doublequote;
    final int escapechar;
    final String lineterminator;
    final int quotechar;
    final int quoting;
    final boolean skipinitialspace;
    final boolean strict;

    private PyDialect(int delimiter, boolean doublequote, int escapechar, String lineterminator, int quotechar,
            int quoting, boolean skipinitialspace, boolean strict) {
        this.delimiter = delimiter;
        this.doublequote = doublequote;
        this.escapechar = escapechar;
        this.lineterminator = lineterminator;
        this.quotechar = quotechar;
        this.quoting = quoting;
        this.skipinitialspace = skipinitialspace;
        this.strict = strict;
    }

    @Override
    public PyType type() { return TYPE; }

    /** The dialect of a Dialect or of an instance of a Python subclass of it. */
    static PyDialect of(Object o) {
        return (PyDialect) PyValueInstance.unwrap(o);
    }

    /** Parsed by hand: CPython's PyArg_ParseTupleAndKeywords without a function name words the errors. */
    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(ThreadState ts, Object cls, Object[] args, PyDict kwargs) {
        int given = args.length + (kwargs == null ? 0 : kwargs.size());
        if (given > KEYWORDS.length) {
            throw PyException.typeError("function takes at most " + KEYWORDS.length + " arguments (" + given + " given)");
        }
        Object[] values = new Object[KEYWORDS.length];
        System.arraycopy(args, 0, values, 0, args.length);
        if (kwargs != null) {
            for (Object key : kwargs.keys()) {
                if (!(key instanceof String name)) {
                    throw PyException.typeError("keywords must be strings");
                }
                int k = indexOf(name);
                if (k < 0) {
                    throw PyException.typeError("'" + name + "' is an invalid keyword argument for this function");
                }
                if (k < args.length) {
                    throw PyException.typeError("argument for function given by name ('" + name + "') and position ("
                            + (k + 1) + ")");
                }
                values[k] = kwargs.get(ts, key);
            }
        }
        return make(ts, values);
    }

    private static int indexOf(String name) {
        for (int i = 0; i < KEYWORDS.length; i++) {
            if (KEYWORDS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A dialect from a base dialect (a registered name, a Dialect, or any object whose attributes
     * name the parameters) and the parameters given explicitly; null values are not given.
     */
    static Object make(ThreadState ts, Object[] values) {
        Object base = values[0];
        if (base instanceof String name) {
            base = CsvModule.registered(ts, name);
        }
        boolean onlyBase = true;
        for (int i = 1; i < values.length; i++) {
            onlyBase &= values[i] == null;
        }
        if (base != null && onlyBase && PyValueInstance.unwrap(base) instanceof PyDialect) {
            return base;
        }
        if (base != null) {
            for (int i = 1; i < values.length; i++) {
                if (values[i] == null) {
                    values[i] = attribute(ts, base, KEYWORDS[i]);
                }
            }
        }
        int delimiter = character(values[1], "delimiter", ',');
        boolean doublequote = values[2] == null || Ops.isTrue(ts, values[2]);
        int escapechar = characterOrNone(values[3], "escapechar", NOT_SET);
        String lineterminator = "\r\n";
        if (values[4] == Singleton.NONE) {
            lineterminator = null;
        } else if (values[4] != null) {
            if (!(PyValueInstance.unwrap(values[4]) instanceof String s)) {
                throw PyException.typeError("\"lineterminator\" must be a string");
            }
            lineterminator = s;
        }
        int quotechar = characterOrNone(values[5], "quotechar", '"');
        int quoting = QUOTE_MINIMAL;
        if (values[6] != null) {
            if (!(values[6] instanceof Long || values[6] instanceof java.math.BigInteger)) {
                throw PyException.typeError("\"quoting\" must be an integer");
            }
            if (!(values[6] instanceof Long l) || l != (int) (long) l) {
                throw PyException.overflow("Python int too large to convert to C int");
            }
            quoting = (int) (long) l;
        }
        boolean skipinitialspace = values[7] != null && Ops.isTrue(ts, values[7]);
        boolean strict = values[8] != null && Ops.isTrue(ts, values[8]);
        if (values[5] == Singleton.NONE && values[6] == null) {
            quoting = QUOTE_NONE;
        }
        if (quoting < QUOTE_MINIMAL || quoting > QUOTE_NONE) {
            throw PyException.typeError("bad \"quoting\" value");
        }
        if (quoting != QUOTE_NONE && quotechar == NOT_SET) {
            throw PyException.typeError("quotechar must be set if quoting enabled");
        }
        if (lineterminator == null) {
            throw PyException.typeError("lineterminator must be set");
        }
        return new PyDialect(delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace,
                strict);
    }

    /** An attribute of the base dialect object; one it lacks (or fails to give) is not given. */
    private static Object attribute(ThreadState ts, Object base, String name) {
        try {
            return Ops.lookupAttr(ts, base, name);
        } catch (PyException e) {
            return null;
        }
    }

    private static int character(Object v, String name, int dflt) {
        if (v == null) {
            return dflt;
        }
        if (!(PyValueInstance.unwrap(v) instanceof String s)) {
            throw PyException.typeError("\"" + name + "\" must be string, not " + Ops.typeName(v));
        }
        return single(s, name);
    }

    private static int characterOrNone(Object v, String name, int dflt) {
        if (v == null) {
            return dflt;
        }
        if (v == Singleton.NONE) {
            return NOT_SET;
        }
        if (!(PyValueInstance.unwrap(v) instanceof String s)) {
            throw PyException.typeError("\"" + name + "\" must be string or None, not " + Ops.typeName(v));
        }
        return single(s, name);
    }

    private static int single(String s, String name) {
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw PyException.typeError("\"" + name + "\" must be a 1-character string");
        }
        return s.codePointAt(0);
    }

    private static Object charOrNone(int c) {
        return c == NOT_SET ? Singleton.NONE : Character.toString(c);
    }

    /** Dialects are not picklable; the message names the class as _PyType_Name does. */
    @PyMethod(value = "($self, protocol, /)", seesSubclass = true)
    public static Object __reduce_ex__(Object self, Object protocol) {
        String name = Ops.type(self).name;
        throw PyException.typeError("cannot pickle '" + name.substring(name.lastIndexOf('.') + 1) + "' instances");
    }

    @PyGetter("delimiter")
    public static Object delimiter(Object self) { return Character.toString(of(self).delimiter); }

    @PyGetter(value = "doublequote", member = true)
    public static Object doublequote(Object self) { return of(self).doublequote; }

    @PyGetter("escapechar")
    public static Object escapechar(Object self) { return charOrNone(of(self).escapechar); }

    @PyGetter("lineterminator")
    public static Object lineterminator(Object self) { return of(self).lineterminator; }

    @PyGetter("quotechar")
    public static Object quotechar(Object self) { return charOrNone(of(self).quotechar); }

    @PyGetter("quoting")
    public static Object quoting(Object self) { return (long) of(self).quoting; }

    @PyGetter(value = "skipinitialspace", member = true)
    public static Object skipinitialspace(Object self) { return of(self).skipinitialspace; }

    @PyGetter(value = "strict", member = true)
    public static Object strict(Object self) { return of(self).strict; }
}
