package org.pythebo.parser;

/**
 * A {@code SyntaxError} (or one of its subclasses) found while reading source, carrying what
 * CPython's exception carries: message, file name, line, 1-based character offset, the source
 * line, and the end of the highlighted range; or the RecursionError or MemoryError CPython
 * raises for source nested too deeply. The runtime turns it into a Python exception.
 */
public final class ParseError extends Exception {

    /**
     * The Python exception class: SyntaxError, IndentationError or TabError; or, for source
     * nested too deeply, RecursionError or MemoryError, which are not SyntaxError subclasses and
     * carry no position (lineno 0, text null), as CPython raises them.
     */
    public enum Kind { SyntaxError, IndentationError, TabError, RecursionError, MemoryError }

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    /** 1-based offset in characters (not bytes) into {@link #text}, 0 when unknown. */
    public final int offset;
    /** The source line (with its newline, as CPython keeps it), or null. */
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public ParseError(Kind kind, String msg, String filename, int lineno, int offset, String text,
                      int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
