package org.pythebo.parser;

import org.pythebo.runtime.exceptions.SyntaxErrorText;

/** Prints a {@link ParseError} exactly as CPython 3.11 prints an uncaught SyntaxError ({@link SyntaxErrorText}). */
public final class SyntaxErrorPrinter {
    private SyntaxErrorPrinter() {}

    public static String format(ParseError e) {
        return SyntaxErrorText.format(new SyntaxErrorText.Location(e.kind.name(), e.msg, e.filename, e.lineno, e.offset,
                e.text, e.endLineno, e.endOffset));
    }
}
