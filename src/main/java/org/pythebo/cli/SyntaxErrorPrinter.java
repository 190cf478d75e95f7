package org.pythebo.cli;

import org.pythebo.parser.ParseError;

import java.nio.charset.StandardCharsets;

/**
 * Formats a {@link ParseError} exactly as CPython 3.11 prints an uncaught SyntaxError:
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
public final class SyntaxErrorPrinter {
    private SyntaxErrorPrinter() {}

    public static String format(ParseError e) {
        StringBuilder out = new StringBuilder();
        // A SyntaxError raised with only a message (no line number) prints no location; line 0
        // with a text is printed (eval("") reports it so).
        if (e.lineno > 0 || (e.lineno == 0 && e.text != null)) {
            out.append("  File \"").append(e.filename == null ? "<string>" : e.filename)
                    .append("\", line ").append(e.lineno).append('\n');
            if (e.text != null) {
                appendSourceAndCarets(out, e);
            }
        }
        out.append(e.kind.name());
        if (e.msg != null && !e.msg.isEmpty()) {
            out.append(": ").append(e.msg);
        }
        return out.append('\n').toString();
    }

    private static void appendSourceAndCarets(StringBuilder out, ParseError e) {
        byte[] text = e.text.getBytes(StandardCharsets.UTF_8);
        int size = text.length;
        // CPython handles the line as a C string: it ends at a NUL.
        for (int i = 0; i < text.length; i++) {
            if (text[i] == 0) {
                size = i;
                break;
            }
        }
        long offset = e.offset;
        // Only SyntaxError itself has a highlighted range; its subclasses get a single caret.
        long endOffset = -1;
        if (e.kind == ParseError.Kind.SyntaxError) {
            endOffset = e.endOffset > 0 ? e.endOffset : -1;
            if (e.endLineno > e.lineno) {
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
