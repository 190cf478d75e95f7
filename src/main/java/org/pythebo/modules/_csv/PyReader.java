package org.pythebo.modules._csv;

import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.numbers.FloatMethods;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * {@code _csv.reader}: rows parsed from the lines of any iterable of str. The parser is a state
 * machine over code points that may carry a record across lines (a newline inside quotes, an
 * escaped line end). {@code next()} holds the reader's lock for a whole row, so threads sharing
 * a reader each get whole rows and {@code line_num} counts every line once.
 */
final class PyReader extends PyIterator {
    static final PyType TYPE = PyType.newBuiltin("_csv.reader", PyType.OBJECT, PyReader.class, PyType.Layout.OBJECT)
            .notSubclassable();

    static final String __doc__ = """
            CSV reader

            Reader objects are responsible for reading and parsing tabular data
            in CSV format.
            """;

    static {
        TYPE.typeDict().put("__module__", "_csv");
    }

    /** The end of a line, fed to the state machine after its last character. */
    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final PyIterator lines;
    private final Object dialectObject;
    private final PyDialect dialect;
    private final CsvModule.State module;
    /** Every special character of the dialect is one UTF-16 unit, so runs may be scanned by char. */
    private final boolean bmpDialect;

    // the parse, guarded by the reader's lock
    private State state = State.START_RECORD;
    private PyList fields;
    private final StringBuilder field = new StringBuilder();
    private long fieldLength;
    private boolean numericField;
    private volatile long lineNum;

    PyReader(PyIterator lines, Object dialect, CsvModule.State module) {
        super(TYPE);
        this.lines = lines;
        this.dialectObject = dialect;
        this.dialect = PyDialect.of(dialect);
        this.module = module;
        PyDialect d = this.dialect;
        this.bmpDialect = d.delimiter < 0x10000 && d.quotechar < 0x10000 && d.escapechar < 0x10000;
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return self; }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) { return PyIterator.__next__(ts, self); }

    @PyGetter("dialect")
    public static Object dialect(Object self) { return ((PyReader) self).dialectObject; }

    @PyGetter(value = "line_num", member = true)
    public static Object line_num(Object self) { return ((PyReader) self).lineNum; }

    @Override
    public synchronized Object next(ThreadState ts) {
        state = State.START_RECORD;
        fields = new PyList();
        field.setLength(0);
        fieldLength = 0;
        numericField = false;
        long limit = module.fieldLimit;
        do {
            Object line = lines.next(ts);
            if (line == null) {
                if (fieldLength != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw module.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            if (!(PyValueInstance.unwrap(line) instanceof String s)) {
                throw module.error("iterator should return strings, not " + Ops.typeName(line)
                        + " (the file should be opened in text mode)");
            }
            lineNum++;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                if (bmpDialect && (state == State.IN_FIELD || state == State.IN_QUOTED_FIELD)) {
                    // a run of ordinary characters goes into the field at once
                    int end = runEnd(s, i, n);
                    if (end > i) {
                        addRun(s, i, end, limit);
                        i = end;
                        if (i == n) {
                            break;
                        }
                    }
                }
                int c = s.charAt(i);
                if (Character.isHighSurrogate((char) c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    c = Character.toCodePoint((char) c, s.charAt(++i));
                }
                processChar(c, limit);
            }
            processChar(EOL, limit);
        } while (state != State.START_RECORD);
        PyList row = fields;
        fields = null;
        return row;
    }

    /**
     * Where the run of characters from {@code i} that the current state adds to the field as they
     * are ends: at a delimiter, escape or line end outside quotes, at a quote or escape inside them.
     */
    private int runEnd(String s, int i, int n) {
        PyDialect d = dialect;
        int j = i;
        if (state == State.IN_FIELD) {
            while (j < n) {
                char ch = s.charAt(j);
                if (ch == d.delimiter || ch == d.escapechar || ch == '\n' || ch == '\r') {
                    break;
                }
                j++;
            }
        } else {
            int quote = d.quoting == PyDialect.QUOTE_NONE ? PyDialect.NOT_SET : d.quotechar;
            while (j < n) {
                char ch = s.charAt(j);
                if (ch == quote || ch == d.escapechar) {
                    break;
                }
                j++;
            }
        }
        return j;
    }

    private void addRun(String s, int from, int to, long limit) {
        int count = s.codePointCount(from, to);
        if (fieldLength + count > limit) {
            throw module.error("field larger than field limit (" + limit + ")");
        }
        field.append(s, from, to);
        fieldLength += count;
    }

    private void addChar(int c, long limit) {
        if (fieldLength >= limit) {
            throw module.error("field larger than field limit (" + limit + ")");
        }
        field.appendCodePoint(c);
        fieldLength++;
    }

    private void saveField() {
        String s = field.toString();
        field.setLength(0);
        fieldLength = 0;
        if (numericField) {
            numericField = false;
            fields.append(FloatMethods.parse(s));
        } else {
            fields.append(s);
        }
    }

    private static boolean isLineEnd(int c) {
        return c == '\n' || c == '\r';
    }

    private void processChar(int c, long limit) {
        PyDialect d = dialect;
        boolean quotes = d.quoting != PyDialect.QUOTE_NONE;
        switch (state) {
            case START_RECORD -> {
                if (c == EOL) {
                    return;
                }
                if (isLineEnd(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                startField(c, limit, d, quotes);
            }
            case START_FIELD -> startField(c, limit, d, quotes);
            case ESCAPED_CHAR -> {
                if (isLineEnd(c)) {
                    addChar(c, limit);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c, limit);
                state = State.IN_FIELD;
            }
            case AFTER_ESCAPED_CRNL -> {
                if (c != EOL) {
                    inField(c, limit, d);
                }
            }
            case IN_FIELD -> inField(c, limit, d);
            case IN_QUOTED_FIELD -> {
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && quotes) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c, limit);
                }
            }
            case ESCAPE_IN_QUOTED_FIELD -> {
                addChar(c == EOL ? '\n' : c, limit);
                state = State.IN_QUOTED_FIELD;
            }
            case QUOTE_IN_QUOTED_FIELD -> {
                if (quotes && c == d.quotechar) {
                    // a doubled quote stands for one
                    addChar(c, limit);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (isLineEnd(c) || c == EOL) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c, limit);
                    state = State.IN_FIELD;
                } else {
                    throw module.error("'" + Character.toString(d.delimiter) + "' expected after '"
                            + Character.toString(d.quotechar) + "'");
                }
            }
            case EAT_CRNL -> {
                if (c == EOL) {
                    state = State.START_RECORD;
                } else if (!isLineEnd(c)) {
                    throw module.error("new-line character seen in unquoted field - "
                            + "do you need to open the file in universal-newline mode?");
                }
            }
        }
    }

    private void startField(int c, long limit, PyDialect d, boolean quotes) {
        if (isLineEnd(c) || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && quotes) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            state = State.START_FIELD;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            if (d.quoting == PyDialect.QUOTE_NONNUMERIC) {
                numericField = true;
            }
            addChar(c, limit);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c, long limit, PyDialect d) {
        if (isLineEnd(c) || c == EOL) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c, limit);
            state = State.IN_FIELD;
        }
    }
}
