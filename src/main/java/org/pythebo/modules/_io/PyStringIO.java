package org.pythebo.modules._io;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Repr;

/**
 * {@code _io.StringIO}: a text file in memory. Newlines are handled as CPython's: with
 * newline=None what is written has its '\r\n' and '\r' turned into '\n'; with '' nothing is
 * translated and any of the three ends a line; with '\r' or '\r\n' a written '\n' becomes that.
 * Positions count code points (the text is kept as UTF-16, so they are converted only when it
 * holds characters outside the BMP). Every operation synchronizes on the object.
 */
public final class PyStringIO extends IoObject {
    static final PyType TYPE = PyType.newBuiltin("_io.StringIO", IOBase.TEXT, PyStringIO.class, PyType.Subclassing.OWN);

    /** null before __init__ and once closed. */
    private StringBuilder text;
    private boolean initialized;
    /** The position in code points; may lie past the end. */
    private int pos;
    /** Whether the text may hold surrogate pairs (code points and chars differ). */
    private boolean astral;
    /** The line ending reads look for, when not universal. */
    private String readNewline;
    private boolean readUniversal;
    /** What a written '\n' becomes (null: stays). */
    private String writeNewline;
    /** For universal newlines: records (and with newline=None translates) the line endings written. */
    private PyNewlineDecoder decoder;

    PyStringIO(PyType type) {
        super(type);
    }

    @Override
    boolean closedNow() { return initialized && text == null; }

    private void checkOpen() {
        if (!initialized) {
            throw Io.uninitialized();
        }
        if (text == null) {
            throw PyException.valueError("I/O operation on closed file");
        }
    }

    private int length() {
        return astral ? text.codePointCount(0, text.length()) : text.length();
    }

    /** The char index of a code point index within the text. */
    private int charIndex(int cp) {
        return astral ? text.offsetByCodePoints(0, cp) : cp;
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Writes s at the position (padding with '\0' past the end); the number of code points written. */
    private void writeText(String s) {
        String t = s;
        if (decoder != null) {
            t = decoder.decodeText(t, true);
        }
        if (writeNewline != null && t.indexOf('\n') >= 0) {
            t = t.replace("\n", writeNewline);
        }
        if (t.isEmpty()) {
            return;
        }
        boolean tAstral = hasSurrogates(t);
        int n = length();
        if (pos > n) {
            text.append("\0".repeat(pos - n));
            n = pos;
        }
        astral |= tAstral;
        int start = charIndex(pos);
        if (pos == n) {
            text.append(t);
        } else {
            int count = codePoints(t);
            int end = pos + count >= n ? text.length() : charIndex(pos + count);
            text.replace(start, end, t);
        }
        pos += codePoints(t);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Takes {@code count} code points from the position (fewer at the end). */
    private String take(long count) {
        int n = length();
        if (pos >= n) {
            return "";
        }
        int k = count < 0 || count > n - pos ? n - pos : (int) count;
        int from = charIndex(pos);
        int to = astral ? text.offsetByCodePoints(from, k) : from + k;
        pos += k;
        return text.substring(from, to);
    }

    /** The next line from the position, at most limit code points when not negative. */
    private String line(long limit) {
        int n = length();
        if (pos >= n) {
            return "";
        }
        int from = charIndex(pos);
        int end = text.length();
        int found = -1;
        if (readUniversal) {
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    found = i + 1;
                    break;
                }
                if (c == '\r') {
                    found = i + 1 < end && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
        } else {
            int i = text.indexOf(readNewline, from);
            found = i < 0 ? -1 : i + readNewline.length();
        }
        int to = found < 0 ? end : found;
        int count = astral ? text.codePointCount(from, to) : to - from;
        if (limit >= 0 && count > limit) {
            count = (int) limit;
        }
        return take(count);
    }

    private static PyStringIO self(Object self) { return (PyStringIO) self; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyStringIO((PyType) cls);
    }

    @PyMethod("($self, /, initial_value='', newline='\\n')")
    public static void __init__(ThreadState ts, Object self, Object initial, Object newline) {
        PyStringIO s = self(self);
        if (newline != Singleton.NONE && !(newline instanceof String)) {
            throw PyException.typeError("newline must be str or None, not " + Ops.typeName(newline));
        }
        String nl = newline == Singleton.NONE ? null : (String) newline;
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyException.valueError("illegal newline value: " + Repr.str(nl));
        }
        if (initial != Singleton.NONE && !(initial instanceof String)) {
            throw PyException.typeError("initial_value must be str or None, not " + Ops.typeName(initial));
        }
        synchronized (s) {
            s.readNewline = nl;
            s.readUniversal = nl == null || nl.isEmpty();
            s.writeNewline = nl != null && nl.startsWith("\r") ? nl : null;
            s.decoder = s.readUniversal ? new PyNewlineDecoder(nl == null) : null;
            s.text = new StringBuilder();
            s.astral = false;
            s.pos = 0;
            s.initialized = true;
            if (initial instanceof String v && !v.isEmpty()) {
                s.writeText(v);
                s.pos = 0;
            }
        }
    }

    @PyMethod("($self, /)")
    public static Object getvalue(Object self) {
        PyStringIO s = self(self);
        synchronized (s) {
            s.checkOpen();
            return s.text.toString();
        }
    }

    @PyMethod("($self, size=-1, /)")
    public static Object read(ThreadState ts, Object self, Object size) {
        PyStringIO s = self(self);
        long n = Io.sizeArg(ts, size);
        synchronized (s) {
            s.checkOpen();
            return s.take(n);
        }
    }

    @PyMethod("($self, size=-1, /)")
    public static Object readline(ThreadState ts, Object self, Object size) {
        PyStringIO s = self(self);
        long n = Io.sizeArg(ts, size);
        synchronized (s) {
            s.checkOpen();
            return s.line(n);
        }
    }

    @PyMethod("($self, /)")
    public static Object __next__(ThreadState ts, Object self) {
        PyStringIO s = self(self);
        Object line;
        if (s.type == TYPE) {
            synchronized (s) {
                s.checkOpen();
                line = s.line(-1);
            }
        } else {
            s.checkOpen();
            line = Io.callMethod(ts, s, "readline");
            if (!(line instanceof String)) {
                throw PyException.of(Exc.OSError, "readline() should have returned a str object, not '"
                        + Ops.typeName(line) + "'");
            }
        }
        if (((String) line).isEmpty()) {
            throw PyException.of(Exc.StopIteration, null);
        }
        return line;
    }

    @PyMethod("($self, s, /)")
    public static Object write(Object self, Object obj) {
        PyStringIO s = self(self);
        if (!(obj instanceof String str)) {
            throw PyException.typeError("string argument expected, got '" + Ops.typeName(obj) + "'");
        }
        synchronized (s) {
            s.checkOpen();
            s.writeText(str);
        }
        return (long) codePoints(str);
    }

    @PyMethod("($self, pos, whence=0, /)")
    public static Object seek(Object self, long pos, int whence) {
        PyStringIO s = self(self);
        synchronized (s) {
            s.checkOpen();
            if (whence < 0 || whence > 2) {
                throw PyException.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (pos < 0 && whence == 0) {
                throw PyException.valueError("Negative seek position " + pos);
            }
            if (whence != 0 && pos != 0) {
                throw PyException.of(Exc.OSError, "Can't do nonzero cur-relative seeks");
            }
            if (whence == 2) {
                s.pos = s.length();
            } else if (whence == 0) {
                if (pos > Integer.MAX_VALUE - 16) {
                    throw PyException.of(Exc.MemoryError, null);
                }
                s.pos = (int) pos;
            }
            return (long) s.pos;
        }
    }

    @PyMethod("($self, /)")
    public static Object tell(Object self) {
        PyStringIO s = self(self);
        synchronized (s) {
            s.checkOpen();
            return (long) s.pos;
        }
    }

    @PyMethod("($self, pos=None, /)")
    public static Object truncate(ThreadState ts, Object self, Object size) {
        PyStringIO s = self(self);
        synchronized (s) {
            s.checkOpen();
            long n = size == Singleton.NONE ? s.pos : Io.sizeArg(ts, size);
            if (n < 0) {
                throw PyException.valueError("Negative size value " + n);
            }
            if (n < s.length()) {
                s.text.setLength(s.charIndex((int) n));
            }
            return n;
        }
    }

    @PyMethod("($self, /)")
    public static Object readable(Object self) {
        self(self).checkOpen();
        return true;
    }

    @PyMethod("($self, /)")
    public static Object writable(Object self) {
        self(self).checkOpen();
        return true;
    }

    @PyMethod("($self, /)")
    public static Object seekable(Object self) {
        self(self).checkOpen();
        return true;
    }

    @PyMethod("($self, /)")
    public static void close(Object self) {
        PyStringIO s = self(self);
        synchronized (s) {
            s.text = null;
            s.initialized = true;
        }
    }

    @PyGetter("closed")
    public static Object closed(Object self) {
        PyStringIO s = self(self);
        if (!s.initialized) {
            throw Io.uninitialized();
        }
        return s.text == null;
    }

    @PyGetter("line_buffering")
    public static Object lineBuffering(Object self) {
        self(self).checkOpen();
        return false;
    }

    @PyGetter("newlines")
    public static Object newlines(Object self) {
        PyStringIO s = self(self);
        s.checkOpen();
        return s.decoder == null ? Singleton.NONE : PyNewlineDecoder.newlines(s.decoder.seen());
    }

    @PyMethod("($self, /)")
    public static Object __getstate__(Object self) {
        PyStringIO s = self(self);
        synchronized (s) {
            s.checkOpen();
            PyDict d = s.dict();
            Object nl = s.readNewline == null ? Singleton.NONE : s.readNewline;
            return PyTuple.of(s.text.toString(), nl, (long) s.pos, d.size() == 0 ? Singleton.NONE : PyDict.copy(d));
        }
    }

    @PyMethod("($self, state, /)")
    public static void __setstate__(ThreadState ts, Object self, Object state) {
        PyStringIO s = self(self);
        if (!(state instanceof PyTuple t) || t.size() < 4) {
            throw PyException.typeError(s.type.name + ".__setstate__ argument should be 4-tuple, got "
                    + Ops.typeName(state));
        }
        // As CPython: __init__ sees the value (its newlines are noted), then the text is replaced
        // by the value untranslated, since the state holds it translated already.
        __init__(ts, s, t.get(0), t.get(1));
        String v = t.get(0) instanceof String str ? str : "";
        Object p = t.get(2);
        if (Convert.intValue(p) == null) {
            throw PyException.typeError("third item of state must be an integer, got " + Ops.typeName(p));
        }
        long pos = Convert.asSsize(ts, p);
        if (pos < 0) {
            throw PyException.valueError("position value cannot be negative");
        }
        synchronized (s) {
            // The state's text is taken as it is, without newline translation.
            s.text = new StringBuilder(v);
            s.astral = hasSurrogates(v);
            s.pos = (int) Math.min(pos, Integer.MAX_VALUE - 16);
        }
        Object d = t.get(3);
        if (d != Singleton.NONE) {
            if (!(d instanceof PyDict dd)) {
                throw PyException.typeError("fourth item of state should be a dict, got a " + Ops.typeName(d));
            }
            s.dict().updateFrom(ts, dd);
        }
    }
}
