package org.pythebo.runtime.text;

import java.util.Arrays;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyBaseException.UnicodeErrorAttrs;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * One call of an encoder on a str: its code points (positions in errors count code points, as
 * Python's do), the bytes written so far, and the error handling. The exception an error makes is
 * made once and updated for each later error of the call, as CPython's codecs do, and the error
 * handler is looked up at the first error that needs it.
 */
final class EncodeCall {
    /** The codec's name in its errors ("utf-8", "charmap", ...). */
    final String encoding;
    /** The str, as the exception shows it. */
    final Object str;
    final int[] cps;
    final String errors;
    final ErrorHandlers.Mode mode;
    private byte[] out;
    private int size;
    private PyBaseException exception;
    private Object handler;

    EncodeCall(String encoding, String str, String errors) {
        this(encoding, str, str.codePoints().toArray(), errors);
    }

    EncodeCall(String encoding, Object str, int[] cps, String errors) {
        this.encoding = encoding;
        this.str = str;
        this.cps = cps;
        this.errors = errors;
        this.mode = ErrorHandlers.Mode.of(errors);
        this.out = new byte[cps.length + 16];
    }

    int length() {
        return cps.length;
    }

    void put(int b) {
        if (size == out.length) {
            out = Arrays.copyOf(out, size * 2 + 16);
        }
        out[size++] = (byte) b;
    }

    void put(byte[] b) {
        put(b, 0, b.length);
    }

    void put(byte[] b, int from, int length) {
        if (size + length > out.length) {
            out = Arrays.copyOf(out, Math.max(size * 2, size + length) + 16);
        }
        System.arraycopy(b, from, out, size, length);
        size += length;
    }

    /** Writes a str of ASCII characters as its bytes. */
    void putAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    /** Room for {@code n} more bytes, written directly into {@link #buffer()} from {@link #size()}. */
    void reserve(int n) {
        if (size + n > out.length) {
            out = Arrays.copyOf(out, Math.max(size * 2, size + n) + 16);
        }
    }

    byte[] buffer() {
        return out;
    }

    int size() {
        return size;
    }

    void setSize(int n) {
        size = n;
    }

    byte[] toBytes() {
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /** The exception for the code points [start, end), made or updated. */
    private PyBaseException exception(String reason, int start, int end) {
        if (exception == null) {
            exception = new PyBaseException(Exc.UnicodeEncodeError,
                    PyTuple.of(encoding, str, (long) start, (long) end, reason));
        } else {
            UnicodeErrorAttrs.setStart(exception, (long) start);
            UnicodeErrorAttrs.setEnd(exception, (long) end);
            UnicodeErrorAttrs.setReason(exception, reason);
        }
        return exception;
    }

    /** The UnicodeEncodeError to raise for the code points [start, end). */
    PyException error(String reason, int start, int end) {
        return new PyException(exception(reason, start, end));
    }

    /** What an error handler returned: a str or the bytes to write, and where encoding goes on. */
    record Replacement(String str, byte[] bytes, int next) {}

    /**
     * Calls the error handler named by {@link #errors} for the code points [start, end), with
     * CPython's checks of what it returns.
     */
    Replacement callHandler(String reason, int start, int end) {
        ThreadState ts = ThreadState.current();
        if (handler == null) {
            handler = CodecRegistry.of(ts).lookupError(errors == null ? "strict" : errors);
        }
        Object result = Ops.call(ts, handler, exception(reason, start, end));
        String message = "encoding error handler must return (str/bytes, int) tuple";
        PyTuple t = Codecs.tupleOrNull(result);
        if (t == null || t.size() != 2) {
            throw PyException.typeError(message);
        }
        Object rep = PyValueInstance.unwrap(t.get(0));
        if (!(rep instanceof String) && !(rep instanceof PyBytes)) {
            throw PyException.typeError(message);
        }
        int next = position(ts, t.get(1), cps.length);
        return rep instanceof String s ? new Replacement(s, null, next) : new Replacement(null, ((PyBytes) rep).value(), next);
    }

    /** The position an error handler returned: from the end when negative, IndexError outside the input. */
    static int position(ThreadState ts, Object value, int length) {
        long pos = Convert.asSsize(ts, value);
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw PyException.indexError("position " + pos + " from error handler out of bounds");
        }
        return (int) pos;
    }

    /**
     * Applies the handler to the code points [start, end) that this codec cannot encode, for the
     * codecs that take any replacement they can encode themselves (ascii, latin-1): the common
     * handlers inline, the others by calling them. Returns where encoding goes on.
     */
    int handleUnencodable(String reason, int start, int end, int limit) {
        switch (mode) {
            case STRICT -> throw error(reason, start, end);
            case IGNORE -> {
                return end;
            }
            case REPLACE -> {
                for (int k = start; k < end; k++) {
                    put('?');
                }
                return end;
            }
            case BACKSLASHREPLACE -> {
                putAscii(ErrorHandlers.backslashEscapes(cps, start, end));
                return end;
            }
            case XMLCHARREFREPLACE -> {
                putAscii(ErrorHandlers.xmlCharRefs(cps, start, end));
                return end;
            }
            case SURROGATEESCAPE -> {
                int k = start;
                while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) {
                    put(cps[k] - 0xdc00);
                    k++;
                }
                if (k == end) {
                    return end;
                }
                start = k;
            }
            default -> { }
        }
        Replacement r = callHandler(reason, start, end);
        if (r.bytes() != null) {
            put(r.bytes());
        } else {
            String s = r.str();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= limit) {
                    throw error(reason, start, end);
                }
            }
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i));
            }
        }
        return r.next();
    }

    /**
     * Applies the handler to the surrogates [start, end) that a UTF codec cannot encode: the
     * common handlers inline, the others by calling them. A replacement must be ASCII, or bytes
     * whole code units long. Returns where encoding goes on.
     */
    int handleSurrogates(String reason, int start, int end, ErrorHandlers.Utf utf) {
        switch (mode) {
            case STRICT -> throw error(reason, start, end);
            case IGNORE -> {
                return end;
            }
            case REPLACE -> {
                putUnits("?".repeat(end - start), utf);
                return end;
            }
            case BACKSLASHREPLACE -> {
                putUnits(ErrorHandlers.backslashEscapes(cps, start, end), utf);
                return end;
            }
            case XMLCHARREFREPLACE -> {
                putUnits(ErrorHandlers.xmlCharRefs(cps, start, end), utf);
                return end;
            }
            case NAMEREPLACE -> {
                putUnits(ErrorHandlers.nameEscapes(cps, start, end), utf);
                return end;
            }
            case SURROGATEPASS -> {
                int unit = ErrorHandlers.unitSize(utf);
                reserve((end - start) * unit);
                for (int k = start; k < end; k++) {
                    ErrorHandlers.putSurrogate(out, size, utf, cps[k]);
                    size += unit;
                }
                return end;
            }
            case SURROGATEESCAPE -> {
                // One escaped byte is never a whole UTF-16 or UTF-32 code unit.
                if (utf != ErrorHandlers.Utf.UTF8) {
                    throw error(reason, start, end);
                }
                int k = start;
                while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) {
                    put(cps[k] - 0xdc00);
                    k++;
                }
                if (k < end) {
                    throw error(reason, k, end);
                }
                return end;
            }
            default -> { }
        }
        Replacement r = callHandler(reason, start, end);
        if (r.bytes() != null) {
            if (r.bytes().length % ErrorHandlers.unitSize(utf) != 0 && utf != ErrorHandlers.Utf.UTF8) {
                throw error(reason, start, end);
            }
            put(r.bytes());
        } else {
            String s = r.str();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    throw error(reason, start, end);
                }
            }
            putUnits(s, utf);
        }
        return r.next();
    }

    /** Writes ASCII characters as code units of {@code utf}. */
    private void putUnits(String ascii, ErrorHandlers.Utf utf) {
        for (int i = 0; i < ascii.length(); i++) {
            int c = ascii.charAt(i);
            switch (utf) {
                case UTF8 -> put(c);
                case UTF16LE -> {
                    put(c);
                    put(0);
                }
                case UTF16BE -> {
                    put(0);
                    put(c);
                }
                case UTF32LE -> {
                    put(c);
                    put(0);
                    put(0);
                    put(0);
                }
                case UTF32BE -> {
                    put(0);
                    put(0);
                    put(0);
                    put(c);
                }
            }
        }
    }
}
