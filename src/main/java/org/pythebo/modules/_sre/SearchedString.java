package org.pythebo.modules._sre;

import java.util.Arrays;

import org.pythebo.modules._sre.engine.Subject;
import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * The string a pattern operation works on, as given (str, a str subclass, or any bytes-like
 * object) and as the engine reads it; one per call, so a str is decoded once however many
 * matches the call makes. Slices of it are exact str or bytes, as CPython's are.
 */
final class SearchedString {
    /** What the program passed: Match.string. */
    final Object string;
    final Subject subject;
    final boolean isBytes;
    /** The exported bytes the engine reads, for bytes-like strings; null for str. */
    private final PyBuffer buffer;

    private SearchedString(Object string, Subject subject, PyBuffer buffer) {
        this.string = string;
        this.subject = subject;
        this.isBytes = buffer != null;
        this.buffer = buffer;
    }

    /** {@code string} for {@code pattern}, with CPython's errors for the wrong kind of object. */
    static SearchedString of(PyPattern pattern, Object string) {
        SearchedString s = of(string);
        if (s.isBytes && pattern.isBytes == 0) {
            throw PyException.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!s.isBytes && pattern.isBytes > 0) {
            throw PyException.typeError("cannot use a bytes pattern on a string-like object");
        }
        return s;
    }

    /** CPython's getstring: a str, or the bytes a buffer exporter holds now. */
    static SearchedString of(Object string) {
        String text = text(string);
        if (text != null) {
            return new SearchedString(string, Subject.ofString(text), null);
        }
        PyBuffer buffer = Convert.bufferOrNull(string);
        if (buffer == null) {
            throw notAString(string);
        }
        return new SearchedString(string, Subject.ofBytes(buffer.array(), buffer.offset(), buffer.length()), buffer);
    }

    /** Whether {@code string} is bytes-like rather than a str; TypeError if it is neither. */
    static boolean isBytes(Object string) {
        if (text(string) != null) {
            return false;
        }
        if (Convert.bufferOrNull(string) == null) {
            throw notAString(string);
        }
        return true;
    }

    private static PyException notAString(Object string) {
        return PyException.typeError("expected string or bytes-like object, got '" + Ops.typeName(string) + "'");
    }

    /** The Java String of a str or str subclass instance, else null. */
    static String text(Object o) {
        if (o instanceof String s) {
            return s;
        }
        return o instanceof PyValueInstance v && v.value instanceof String s ? s : null;
    }

    int length() {
        return subject.length();
    }

    /** {@code string[start:end]} as the engine saw it, an exact str or bytes. */
    Object slice(int start, int end) {
        if (!isBytes) {
            return subject.substring(start, end);
        }
        return bytesSlice(buffer, start, end);
    }

    private Object bytesSlice(PyBuffer b, int start, int end) {
        if (string instanceof PyBytes whole && start == 0 && end == whole.size()) {
            return whole;
        }
        return PyBytes.of(Arrays.copyOfRange(b.array(), b.offset() + start, b.offset() + end));
    }

    /**
     * {@code string[start:end]} for a Match, which reads a bytes-like object again as it is now
     * (a bytearray may have changed since the match), clamping the span to its length.
     */
    Object sliceNow(int start, int end) {
        if (!isBytes || string instanceof PyBytes) {
            return slice(start, end);
        }
        PyBuffer now = Convert.bufferOrNull(string);
        int length = now == null ? 0 : now.length();
        int from = Math.min(start, length);
        int to = Math.min(end, length);
        return to <= from ? PyBytes.EMPTY : bytesSlice(now, from, to);
    }

    /** An empty str or bytes: what a group that did not take part gives where CPython gives "". */
    Object empty() {
        return isBytes ? PyBytes.EMPTY : "";
    }
}
