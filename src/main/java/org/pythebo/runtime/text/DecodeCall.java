package org.pythebo.runtime.text;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyBaseException.UnicodeErrorAttrs;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * One call of a decoder on bytes: the input, the str built so far, and the error handling. The
 * exception an error makes is made once and updated for each later error, as CPython's codecs do;
 * an error handler may replace the exception's object, and decoding then goes on over the new
 * bytes ({@link #input} changes), as in CPython.
 */
final class DecodeCall {
    /** The codec's name in its errors ("utf-8", "charmap", ...). */
    final String encoding;
    byte[] input;
    /** The bytes as the exception shows them: made at the first error. */
    private PyBytes inputObject;
    final String errors;
    final ErrorHandlers.Mode mode;
    final StringBuilder out;
    private PyBaseException exception;
    private Object handler;

    DecodeCall(String encoding, byte[] input, String errors) {
        this.encoding = encoding;
        this.input = input;
        this.errors = errors;
        this.mode = ErrorHandlers.Mode.of(errors);
        this.out = new StringBuilder(input.length);
    }

    private PyBaseException exception(String reason, int start, int end) {
        if (exception == null) {
            if (inputObject == null) {
                inputObject = PyBytes.of(input);
            }
            exception = new PyBaseException(Exc.UnicodeDecodeError,
                    PyTuple.of(encoding, inputObject, (long) start, (long) end, reason));
        } else {
            UnicodeErrorAttrs.setStart(exception, (long) start);
            UnicodeErrorAttrs.setEnd(exception, (long) end);
            UnicodeErrorAttrs.setReason(exception, reason);
        }
        return exception;
    }

    /** The UnicodeDecodeError to raise for the bytes [start, end). */
    PyException error(String reason, int start, int end) {
        return new PyException(exception(reason, start, end));
    }

    /**
     * Applies the error handling to the malformed bytes [start, end): the standard handlers as
     * their functions would, the others by calling them. Returns where decoding goes on (in
     * {@link #input}, which the handler may have replaced).
     */
    int handle(String reason, int start, int end) {
        switch (mode) {
            case STRICT -> throw error(reason, start, end);
            case IGNORE -> {
                return end;
            }
            case REPLACE -> {
                out.append('\ufffd');
                return end;
            }
            case BACKSLASHREPLACE -> {
                out.append(ErrorHandlers.backslashEscapes(input, start, end));
                return end;
            }
            case SURROGATEESCAPE -> {
                int k = start;
                while (k < end && k - start < 4 && (input[k] & 0xff) >= 0x80) {
                    out.append((char) (0xdc00 + (input[k] & 0xff)));
                    k++;
                }
                if (k == start) {
                    throw error(reason, start, end);
                }
                return k;
            }
            case SURROGATEPASS -> {
                ErrorHandlers.Utf utf = ErrorHandlers.utfOf(encoding);
                int cp = utf == null ? -1 : ErrorHandlers.readSurrogate(input, start, utf);
                if (cp < 0) {
                    throw error(reason, start, end);
                }
                out.append((char) cp);
                return start + ErrorHandlers.unitSize(utf);
            }
            default -> {
                return callHandler(reason, start, end);
            }
        }
    }

    /** Calls the error handler for the bytes [start, end) and appends what it returned. */
    private int callHandler(String reason, int start, int end) {
        ThreadState ts = ThreadState.current();
        if (handler == null) {
            handler = CodecRegistry.of(ts).lookupError(errors == null ? "strict" : errors);
        }
        Object result = Ops.call(ts, handler, exception(reason, start, end));
        String message = "decoding error handler must return (str, int) tuple";
        PyTuple t = Codecs.tupleOrNull(result);
        if (t == null || t.size() != 2) {
            throw PyException.typeError(message);
        }
        Object rep = PyValueInstance.unwrap(t.get(0));
        if (!(rep instanceof String s)) {
            throw PyException.typeError(message);
        }
        if (UnicodeErrorAttrs.object(exception) instanceof PyBytes b && b != inputObject) {
            inputObject = b;
            input = b.value();
        }
        int next = EncodeCall.position(ts, t.get(1), input.length);
        out.append(s);
        return next;
    }

    String result() {
        return out.toString();
    }
}
