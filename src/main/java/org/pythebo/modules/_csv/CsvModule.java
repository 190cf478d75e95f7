package org.pythebo.modules._csv;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.Interpreter;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/** The {@code _csv} module of CPython 3.11: dialects, the reader and writer, the dialect registry. */
public final class CsvModule {
    private CsvModule() {}

    private static final String DOC = """
            CSV parsing and writing.

            This module provides classes that assist in the reading and writing
            of Comma Separated Value (CSV) files, and implements the interface
            described by PEP 305.  Although many CSV files are simple to parse,
            the format is not formally defined by a stable specification and
            is subtle enough that parsing lines of a CSV file with something
            like line.split(",") is bound to fail.  The module supports three
            basic APIs: reading, writing, and registration of dialects.
            """;

    /** What an interpreter's {@code _csv} keeps: its Error class, the registered dialects and the field size limit. */
    static final class State {
        final PyType error = errorType();
        /** {@code _csv._dialects}: a dict, so each operation on it is atomic. */
        final PyDict dialects = new PyDict();
        volatile long fieldLimit = 128 * 1024;

        PyException error(String message) {
            return PyException.of(error, message);
        }
    }

    private static PyType errorType() {
        PyDict ns = new PyDict();
        ns.setItem("__module__", "_csv");
        return new PyType(PyType.TYPE, "Error", new PyType[] {Exc.Exception}, ns);
    }

    static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_csv", DOC, CsvModule.class);
        State st = state(ts.interp);
        Globals g = module.globals;
        g.put("__version__", "1.0");
        g.put("QUOTE_MINIMAL", (long) PyDialect.QUOTE_MINIMAL);
        g.put("QUOTE_ALL", (long) PyDialect.QUOTE_ALL);
        g.put("QUOTE_NONNUMERIC", (long) PyDialect.QUOTE_NONNUMERIC);
        g.put("QUOTE_NONE", (long) PyDialect.QUOTE_NONE);
        g.put("Dialect", PyDialect.TYPE);
        g.put("Error", st.error);
        g.put("Reader", PyReader.TYPE);
        g.put("Writer", PyWriter.TYPE);
        g.put("_dialects", st.dialects);
        return module;
    }

    /** The dialect registered as {@code name}, else Error "unknown dialect". */
    static Object registered(ThreadState ts, Object name) {
        State st = state(ts.interp);
        Object d = st.dialects.get(ts, name);
        if (d == null) {
            throw st.error("unknown dialect");
        }
        return d;
    }

    /** PyArg_UnpackTuple with an empty name, as reader() and writer() unpack their arguments. */
    private static void unpack(Object[] args) {
        if (args.length < 1) {
            throw PyException.typeError(" expected at least 1 argument, got " + args.length);
        }
        if (args.length > 2) {
            throw PyException.typeError(" expected at most 2 arguments, got " + args.length);
        }
    }

    /** Dialect(dialect, **fmtparams): a dialect from a base (or none) and keyword parameters. */
    private static Object dialect(ThreadState ts, Object base, PyDict fmtparams) {
        Object[] args = base == null ? Ops.NO_ARGS : new Object[] {base};
        return PyDialect.__new__(ts, PyDialect.TYPE, args, fmtparams);
    }

    @PyMethod(value = "($module, *args, **kwargs)", args = ArgStyle.TUPLE, doc = """
            csv_reader = reader(iterable [, dialect='excel']
                                    [optional keyword args])
                for row in csv_reader:
                    process(row)

            The "iterable" argument can be any object that returns a line
            of input for each iteration, such as a file object or a list.  The
            optional "dialect" parameter is discussed below.  The function
            also accepts optional keyword arguments which override settings
            provided by the dialect.

            The returned object is an iterator.  Each iteration returns a row
            of the CSV file (which can span multiple input lines).
            """)
    public static Object reader(ThreadState ts, Object[] args, PyDict kwargs) {
        unpack(args);
        var lines = Ops.iter(ts, args[0]);
        Object d = dialect(ts, args.length > 1 ? args[1] : null, kwargs);
        return new PyReader(lines, d, state(ts.interp));
    }

    @PyMethod(value = "($module, *args, **kwargs)", args = ArgStyle.TUPLE, doc = """
            csv_writer = csv.writer(fileobj [, dialect='excel']
                                        [optional keyword args])
                for row in sequence:
                    csv_writer.writerow(row)

                [or]

                csv_writer = csv.writer(fileobj [, dialect='excel']
                                        [optional keyword args])
                csv_writer.writerows(rows)

            The "fileobj" argument can be any object that supports the file API.
            """)
    public static Object writer(ThreadState ts, Object[] args, PyDict kwargs) {
        unpack(args);
        Object write = Ops.lookupAttr(ts, args[0], "write");
        if (write == null || !Ops.isCallable(write)) {
            throw PyException.typeError("argument 1 must have a \"write\" method");
        }
        Object d = dialect(ts, args.length > 1 ? args[1] : null, kwargs);
        return new PyWriter(write, d, state(ts.interp));
    }

    @PyMethod(value = "($module, *args, **kwargs)", args = ArgStyle.TUPLE, doc = """
            Create a mapping from a string name to a dialect class.
                dialect = csv.register_dialect(name[, dialect[, **fmtparams]])""")
    public static Object register_dialect(ThreadState ts, Object[] args, PyDict kwargs) {
        if (args.length < 1) {
            throw PyException.typeError(" expected at least 1 argument, got " + args.length);
        }
        if (args.length > 2) {
            throw PyException.typeError(" expected at most 2 arguments, got " + args.length);
        }
        if (!(args[0] instanceof String)) {
            throw PyException.typeError("dialect name must be a string");
        }
        Object d = dialect(ts, args.length > 1 ? args[1] : null, kwargs);
        state(ts.interp).dialects.setItem(ts, args[0], d);
        return Singleton.NONE;
    }

    @PyMethod(value = "($module, /, name)", doc = """
            Delete the name/dialect mapping associated with a string name.

                csv.unregister_dialect(name)""")
    public static Object unregister_dialect(ThreadState ts, Object name) {
        State st = state(ts.interp);
        if (st.dialects.remove(ts, name) == null) {
            throw st.error("unknown dialect");
        }
        return Singleton.NONE;
    }

    @PyMethod(value = "($module, /, name)", doc = """
            Return the dialect instance associated with name.

                dialect = csv.get_dialect(name)""")
    public static Object get_dialect(ThreadState ts, Object name) {
        return registered(ts, name);
    }

    @PyMethod(value = "($module, /)", doc = """
            Return a list of all know dialect names.

                names = csv.list_dialects()""")
    public static Object list_dialects(ThreadState ts) {
        return new PyList(state(ts.interp).dialects.keys());
    }

    @PyMethod(value = "($module, /, new_limit=?)", doc = """
            Sets an upper limit on parsed fields.

                csv.field_size_limit([limit])

            Returns old limit. If limit is not given, no new limit is set and
            the old limit is returned""")
    public static Object field_size_limit(ThreadState ts, Object newLimit) {
        State st = state(ts.interp);
        if (newLimit == null) {
            return st.fieldLimit;
        }
        if (!(newLimit instanceof Long || newLimit instanceof java.math.BigInteger)) {
            throw PyException.typeError("limit must be an integer");
        }
        long limit = Convert.asLong(ts, newLimit);
        synchronized (st) {
            long old = st.fieldLimit;
            st.fieldLimit = limit;
            return old;
        }
    }
}
