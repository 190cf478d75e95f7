package org.pythebo.runtime.exceptions;

import java.nio.charset.StandardCharsets;

import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The text CPython 3.11 prints for an uncaught SyntaxError (and IndentationError, TabError):
 * <pre>
 *   File "x.py", line 3
 *     the source line, leading blanks stripped
 *         ^^^^
 * SyntaxError: message
 * </pre>
 * CPython measures the caret's indent in a mix of units: offsets count characters but the line
 * is measured in UTF-8 bytes, so on lines with non-ASCII text its carets drift; this class
 * reproduces that drift, since the point is to print what CPython prints.
 */
public final class SyntaxErrorText {
    private SyntaxErrorText() {}

    /** What is printed: the class name, the message and the location as the exception's attributes hold them. */
    public record Location(String kind, String msg, String filename, int lineno, int offset, String text,
                           int endLineno, int endOffset) {}

    /**
     * How a traceback ends for a SyntaxError object: its location, the source line and carets,
     * then "SyntaxError: msg"; null when the exception is not one of CPython's syntax error classes.
     */
    public static String report(ThreadState ts, PyBaseException exc) {
        PyType t = exc.type();
        if (t != Exc.SyntaxError && t != Exc.IndentationError && t != Exc.TabError) {
            return null;
        }
        Object msg = Ops.lookupAttr(ts, exc, "msg");
        Object filename = Ops.lookupAttr(ts, exc, "filename");
        Object lineno = Ops.lookupAttr(ts, exc, "lineno");
        Object offset = Ops.lookupAttr(ts, exc, "offset");
        Object text = Ops.lookupAttr(ts, exc, "text");
        Object endLineno = Ops.lookupAttr(ts, exc, "end_lineno");
        Object endOffset = Ops.lookupAttr(ts, exc, "end_offset");
        return format(new Location(t.name, msg == null || msg == Singleton.NONE ? "" : Ops.str(ts, msg),
                filename instanceof String f ? f : "<string>", lineno instanceof Long l ? (int) (long) l : -1,
                offset instanceof Long o ? (int) (long) o : 0, text instanceof String s ? s : null,
                endLineno instanceof Long el ? (int) (long) el : 0, endOffset instanceof Long eo ? (int) (long) eo : 0));
    }

    public static String format(Location e) {
        StringBuilder out = new StringBuilder();
        // A SyntaxError raised with only a message (no line number) prints no location; line 0
        // with a text is printed (eval("") reports it so).
        if (e.lineno() > 0 || (e.lineno() == 0 && e.text() != null)) {
            out.append("  File \"").append(e.filename() == null ? "<string>" : e.filename())
                    .append("\", line ").append(e.lineno()).append('\n');
            if (e.text() != null) {
                appendSourceAndCarets(out, e);
            }
        }
        out.append(e.kind);
        if (e.msg() != null && !e.msg().isEmpty()) {
            out.append(": ").append(e.msg());
        }
        return out.append('\n').toString();
    }

    private static void appendSourceAndCarets(StringBuilder out, Location e) {
        byte[] text = e.text().getBytes(StandardCharsets.UTF_8);
        int size = text.length;
        // CPython handles the line as a C string: it ends at a NUL.
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0) {
                size = i;
                break;
            }
        }
        long offset = e.offset();
        // Only SyntaxError itself has a highlighted range; its subclasses get a single caret.
        long endOffset = -1;
        if (e.kind.equals("SyntaxError")) {
            endOffset = e.endOffset() > 0 ? e.endOffset() : -1;
            if (e.endLineno() > e.lineno()) {
                endOffset = text.length;     // a range over several lines runs to the end of the first
            }
            if (endOffset > text.length + 1) {
                endOffset = text.length + 1;
            }
        }
        long carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;

        offset--;                            // to 0-based
        int start = 0;
        while (start < size && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = size - start;
        if (len > 0 && text[start + len - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // When the text holds several lines, show the one the offset falls in.
        while (true) {
            int newline = indexOf(text, (byte) '\n', start, size);
            if (newline < 0 || newline - start >= offset) {
                break;
            }
            int skipped = newline - start + 1;
            start += skipped;
            len -= skipped;
            offset -= skipped;
        }
        out.append("    ").append(new String(text, start, size - start, StandardCharsets.UTF_8));
        if (start + len >= size || text[start + len] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;                          // the error is left of the shown text: no caret
        }
        out.append("    ").repeat(' ', (int) offset).repeat('^', (int) carets).append('\n');
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
