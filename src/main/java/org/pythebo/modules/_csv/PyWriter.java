package org.pythebo.modules._csv;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _csv.writer}: rows formatted as the dialect says and handed to the file's {@code write}.
 * A row is built in a buffer of its own call, so the writer keeps no mutable state and threads
 * may share it; each row reaches {@code write} whole.
 */
final class PyWriter extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("_csv.writer", PyType.OBJECT, PyWriter.class, PyType.Layout.OBJECT)
            .notSubclassable();

    static final String __doc__ = """
            CSV writer

            Writer objects are responsible for generating tabular data
            in CSV format from sequence input.
            """;

    static {
        TYPE.typeDict().put("__module__", "_csv");
    }

    private final Object write;
    private final Object dialectObject;
    private final PyDialect dialect;
    private final CsvModule.State module;

    PyWriter(Object write, Object dialect, CsvModule.State module) {
        this.write = write;
        this.dialectObject = dialect;
        this.dialect = PyDialect.of(dialect);
        this.module = module;
    }

    @Override
    public PyType type() { return TYPE; }

    @PyGetter("dialect")
    public static Object dialect(Object self) { return ((PyWriter) self).dialectObject; }

    @PyMethod(value = "($self, row, /)", doc = """
            writerow(iterable)

            Construct and write a CSV record from an iterable of fields.  Non-string
            elements will be converted to string.""")
    public static Object writerow(ThreadState ts, Object self, Object row) {
        PyWriter w = (PyWriter) self;
        return Ops.call(ts, w.write, w.format(ts, row));
    }

    @PyMethod(value = "($self, rows, /)", doc = """
            writerows(iterable of iterables)

            Construct and write a series of iterables to a csv file.  Non-string
            elements will be converted to string.""")
    public static Object writerows(ThreadState ts, Object self, Object rows) {
        PyWriter w = (PyWriter) self;
        PyIterator it = Ops.iter(ts, rows);
        for (Object row = it.next(ts); row != null; row = it.next(ts)) {
            Ops.call(ts, w.write, w.format(ts, row));
        }
        return Singleton.NONE;
    }

    /** One record with its line terminator. */
    private String format(ThreadState ts, Object row) {
        PyIterator fields;
        try {
            fields = Ops.iter(ts, row);
        } catch (PyException e) {
            if (!e.exc.matches(Exc.TypeError)) {
                throw e;
            }
            throw module.error("iterable expected, not " + Ops.typeName(row));
        }
        PyDialect d = dialect;
        StringBuilder line = new StringBuilder();
        int count = 0;
        for (Object f = fields.next(ts); f != null; f = fields.next(ts)) {
            boolean quoted = switch (d.quoting) {
                case PyDialect.QUOTE_NONNUMERIC -> !Convert.isNumber(f);
                case PyDialect.QUOTE_ALL -> true;
                default -> false;
            };
            String text;
            if (PyValueInstance.unwrap(f) instanceof String s) {
                text = s;
            } else if (f == Singleton.NONE) {
                text = "";
            } else {
                text = Ops.str(ts, f);
            }
            if (count > 0) {
                line.appendCodePoint(d.delimiter);
            }
            appendField(line, text, quoted);
            count++;
        }
        if (count == 1 && line.isEmpty()) {
            // one empty field alone would read back as an empty row
            if (d.quoting == PyDialect.QUOTE_NONE) {
                throw module.error("single empty field record must be quoted");
            }
            appendField(line, "", true);
        }
        return line.append(d.lineterminator).toString();
    }

    /** A field, quoted when asked or when it holds a special character; escaped where quoting cannot help. */
    private void appendField(StringBuilder line, String text, boolean quoted) {
        PyDialect d = dialect;
        int n = text.length();
        if (!quoted && plain(text, d)) {
            line.append(text);
            return;
        }
        // first pass: whether the field needs quotes (and whether it can be written at all)
        for (int i = 0; i < n && !quoted; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isSpecial(c, d)) {
                if (d.quoting == PyDialect.QUOTE_NONE || c == d.escapechar || c == d.quotechar && !d.doublequote) {
                    requireEscape(d);
                } else {
                    quoted = true;
                }
            }
        }
        if (quoted) {
            line.appendCodePoint(d.quotechar);
        }
        for (int i = 0; i < n; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isSpecial(c, d)) {
                if (d.quoting == PyDialect.QUOTE_NONE) {
                    requireEscape(d);
                    line.appendCodePoint(d.escapechar);
                } else if (c == d.quotechar && d.doublequote) {
                    line.appendCodePoint(c);
                } else if (c == d.quotechar || c == d.escapechar) {
                    requireEscape(d);
                    line.appendCodePoint(d.escapechar);
                }
            }
            line.appendCodePoint(c);
        }
        if (quoted) {
            line.appendCodePoint(d.quotechar);
        }
    }

    /** Whether a field holds no character the dialect treats specially (by UTF-16 unit, as all of them are BMP or absent in practice). */
    private static boolean plain(String text, PyDialect d) {
        if (d.delimiter >= 0x10000 || d.quotechar >= 0x10000 || d.escapechar >= 0x10000) {
            return false;
        }
        String terminator = d.lineterminator;
        boolean crlf = terminator.equals("\r\n");
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == d.delimiter || c == d.quotechar || c == d.escapechar
                    || (crlf ? c == '\r' || c == '\n' : terminator.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpecial(int c, PyDialect d) {
        return c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0;
    }

    private void requireEscape(PyDialect d) {
        if (d.escapechar == PyDialect.NOT_SET) {
            throw module.error("need to escape, but no escapechar set");
        }
    }
}
