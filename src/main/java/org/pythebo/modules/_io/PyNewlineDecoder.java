package org.pythebo.modules._io;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * {@code _io.IncrementalNewlineDecoder}: text from another incremental decoder (or given as
 * str when there is none) with universal newlines: a '\r' at the end of a chunk waits for the
 * next chunk in case a '\n' follows, the kinds of line endings seen are recorded
 * ({@code newlines}), and with {@code translate} each becomes '\n'. Synchronized on the object.
 */
public final class PyNewlineDecoder extends IoObject {
    static final PyType TYPE = PyType.newBuiltin("_io.IncrementalNewlineDecoder", PyType.OBJECT,
            PyNewlineDecoder.class, PyType.Subclassing.OWN);

    static final int SEEN_CR = 1;
    static final int SEEN_LF = 2;
    static final int SEEN_CRLF = 4;

    /** The wrapped decoder (None for str input), or null before __init__. */
    private Object decoder;
    private boolean translate;
    private boolean pendingCr;
    private int seen;

    PyNewlineDecoder(PyType type) {
        super(type);
    }

    /** A decoder of text given as str, for StringIO. */
    PyNewlineDecoder(boolean translate) {
        super(TYPE);
        this.decoder = Singleton.NONE;
        this.translate = translate;
    }

    @Override
    boolean closedNow() { return false; }

    /** The text of one chunk with its line endings noted (and translated): the algorithm of decode(). */
    synchronized String decodeText(String output, boolean last) {
        if (pendingCr && (!output.isEmpty() || last)) {
            output = "\r" + output;
            pendingCr = false;
        }
        if (!last && output.endsWith("\r")) {
            output = output.substring(0, output.length() - 1);
            pendingCr = true;
        }
        if (output.indexOf('\r') < 0) {
            if (output.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return output;
        }
        seen |= kinds(output);
        return translate ? output.replace("\r\n", "\n").replace('\r', '\n') : output;
    }

    /** The kinds of line ending in s. */
    static int kinds(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                k |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    k |= SEEN_CRLF;
                    i++;
                } else {
                    k |= SEEN_CR;
                }
            }
        }
        return k;
    }

    /** The newlines attribute for a set of kinds: None, one string, or a tuple in the order \r, \n, \r\n. */
    static Object newlines(int seen) {
        return switch (seen) {
            case 0 -> Singleton.NONE;
            case SEEN_CR -> "\r";
            case SEEN_LF -> "\n";
            case SEEN_CRLF -> "\r\n";
            case SEEN_CR | SEEN_LF -> PyTuple.of("\r", "\n");
            case SEEN_CR | SEEN_CRLF -> PyTuple.of("\r", "\r\n");
            case SEEN_LF | SEEN_CRLF -> PyTuple.of("\n", "\r\n");
            default -> PyTuple.of("\r", "\n", "\r\n");
        };
    }

    int seen() { return seen; }

    private void checkInitialized() {
        if (decoder == null) {
            throw PyException.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
    }

    private static PyNewlineDecoder self(Object self) { return (PyNewlineDecoder) self; }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, PyDict kwargs) {
        return new PyNewlineDecoder((PyType) cls);
    }

    @PyMethod("($self, /, decoder, translate, errors='strict')")
    public static void __init__(ThreadState ts, Object self, Object decoder, Object translate, Object errors) {
        PyNewlineDecoder d = self(self);
        if (translate instanceof Double) {
            throw PyException.typeError("'float' object cannot be interpreted as an integer");
        }
        boolean t = Convert.asInt(ts, translate) != 0;
        synchronized (d) {
            d.decoder = decoder;
            d.translate = t;
            d.pendingCr = false;
            d.seen = 0;
        }
    }

    @PyMethod("($self, /, input, final=False)")
    public static Object decode(ThreadState ts, Object self, Object input, Object finalArg) {
        PyNewlineDecoder d = self(self);
        d.checkInitialized();
        boolean last = Ops.isTrue(ts, finalArg);
        Object output = d.decoder == Singleton.NONE ? input
                : Io.callMethod(ts, d.decoder, "decode", input, last);
        if (!(output instanceof String s)) {
            throw PyException.typeError("decoder should return a string result, not '" + Ops.typeName(output) + "'");
        }
        return d.decodeText(s, last);
    }

    @PyMethod("($self, /)")
    public static Object getstate(ThreadState ts, Object self) {
        PyNewlineDecoder d = self(self);
        d.checkInitialized();
        Object buffer = PyBytes.EMPTY;
        long flag = 0;
        if (d.decoder != Singleton.NONE) {
            Object state = Io.callMethod(ts, d.decoder, "getstate");
            if (!(state instanceof PyTuple t) || t.size() != 2) {
                throw PyException.typeError("illegal decoder state");
            }
            buffer = t.get(0);
            flag = Convert.asLong(ts, t.get(1));
        }
        flag <<= 1;
        if (d.pendingCr) {
            flag |= 1;
        }
        return PyTuple.of(buffer, flag);
    }

    @PyMethod("($self, state, /)")
    public static void setstate(ThreadState ts, Object self, Object state) {
        PyNewlineDecoder d = self(self);
        d.checkInitialized();
        if (!(state instanceof PyTuple t)) {
            throw PyException.typeError("state argument must be a tuple");
        }
        if (t.size() != 2) {
            throw PyException.typeError("setstate(): illegal state argument");
        }
        long flag = Convert.asLong(ts, t.get(1));
        synchronized (d) {
            d.pendingCr = (flag & 1) != 0;
        }
        if (d.decoder != Singleton.NONE) {
            Io.callMethod(ts, d.decoder, "setstate", PyTuple.of(t.get(0), flag >> 1));
        }
    }

    @PyMethod("($self, /)")
    public static void reset(ThreadState ts, Object self) {
        PyNewlineDecoder d = self(self);
        d.checkInitialized();
        synchronized (d) {
            d.seen = 0;
            d.pendingCr = false;
        }
        if (d.decoder != Singleton.NONE) {
            Io.callMethod(ts, d.decoder, "reset");
        }
    }

    @PyGetter("newlines")
    public static Object newlines(Object self) {
        PyNewlineDecoder d = self(self);
        d.checkInitialized();
        return newlines(d.seen);
    }
}
