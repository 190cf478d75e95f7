package org.pythebo.parser;

/**
 * Turns decoded Python source into tokens, on demand, with CPython 3.11's rules.
 * (Placeholder signature: the implementation lands with the tokenizer work.)
 */
public final class Tokenizer {
    private final String source;
    private final String filename;

    /** A tokenizer for a whole file or string. */
    public Tokenizer(String source, String filename) {
        this(source, filename, 1, 0);
    }

    /**
     * A tokenizer for source embedded in a larger file (an f-string replacement field):
     * line 1 of {@code source} is line {@code startLineno} of the file, and tokens that end on
     * that first line have {@code startColOffset} added to both their columns, as CPython 3.11 does.
     */
    public Tokenizer(String source, String filename, int startLineno, int startColOffset) {
        this.source = source;
        this.filename = filename;
    }

    /** The next token; after ENDMARKER, ENDMARKER again. */
    public Token next() throws ParseError {
        throw new UnsupportedOperationException("tokenizer not written yet");
    }

    /** Source line {@code lineno} (1-based, in file numbering) with its line ending, or "" past the end. */
    public String line(int lineno) {
        throw new UnsupportedOperationException("tokenizer not written yet");
    }

    public String source() {
        return source;
    }

    public String filename() {
        return filename;
    }
}
