package org.pythebo.parser;

import java.util.Arrays;

/**
 * The token buffer and error reporting that the grammar classes share.
 *
 * <p>Tokens are pulled from the tokenizer only when the grammar looks at them, and kept, so the
 * grammar may {@link #mark()} a position and {@link #reset(int)} to it. CPython reports a generic
 * "invalid syntax" at the {@link #furthest()} token its parser fetched, so the grammar should peek
 * no further than it must.
 */
abstract class ParserBase {
    protected final Tokenizer tokenizer;
    protected final String filename;
    protected final ParseOptions options;
    private Token[] tokens = new Token[64];
    /** How many tokens have been fetched. */
    private int fill;
    /** Index of the current token. */
    protected int pos;

    protected ParserBase(Tokenizer tokenizer, ParseOptions options) {
        this.tokenizer = tokenizer;
        this.options = options;
        this.filename = tokenizer.filename();
    }

    private void fetchUpTo(int index) throws ParseError {
        while (fill <= index) {
            if (fill == tokens.length) {
                tokens = Arrays.copyOf(tokens, fill * 2);
            }
            Token t = tokenizer.next();
            tokens[fill++] = t;
        }
    }

    /** The current token. */
    protected final Token peek() throws ParseError {
        if (pos >= fill) {
            fetchUpTo(pos);
        }
        return tokens[pos];
    }

    /** The token {@code k} places after the current one ({@code peek(0) == peek()}). */
    protected final Token peek(int k) throws ParseError {
        if (pos + k >= fill) {
            fetchUpTo(pos + k);
        }
        return tokens[pos + k];
    }

    protected final boolean at(TokenKind kind) throws ParseError {
        return peek().kind() == kind;
    }

    /** Whether the current token is the NAME {@code word} (for soft keywords). */
    protected final boolean atName(String word) throws ParseError {
        Token t = peek();
        return t.kind() == TokenKind.NAME && t.text().equals(word);
    }

    /** Consumes and returns the current token. */
    protected final Token next() throws ParseError {
        Token t = peek();
        pos++;
        return t;
    }

    /** Consumes the current token if it is of {@code kind}, returning it, or returns null. */
    protected final Token accept(TokenKind kind) throws ParseError {
        Token t = peek();
        if (t.kind() != kind) {
            return null;
        }
        pos++;
        return t;
    }

    protected final int mark() {
        return pos;
    }

    protected final void reset(int mark) {
        pos = mark;
    }

    /** The most recently consumed token: where the node just parsed ends. */
    protected final Token last() {
        return tokens[pos - 1];
    }

    /** The token at buffer index {@code index} (already fetched). */
    protected final Token tokenAt(int index) {
        return tokens[index];
    }

    /** The furthest token fetched so far. */
    protected final Token furthest() {
        return tokens[fill - 1];
    }

    protected final ParseError error(ParseError.Kind kind, String msg, Token t) {
        TokenKind k = t.kind();
        if (k == TokenKind.INDENT || k == TokenKind.DEDENT || k == TokenKind.ENDMARKER || tokenizer.isEndOfInputNewline(t)) {
            // These tokens have no column in CPython: it reports the read position, not plus one.
            String text = tokenizer.line(t.lineno());
            return new ParseError(kind, msg, filename, t.lineno(), charOffset(text, t.colOffset()), text,
                    t.lineno(), -1);
        }
        return errorAt(kind, msg, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    /**
     * An error at byte columns of source lines, as CPython raises it: offsets become 1-based
     * character offsets into the source line (byte offsets for bytes source that declares no
     * encoding, as CPython 3.11 reports them there).
     */
    protected final ParseError errorAt(ParseError.Kind kind, String msg, int lineno, int colOffset, int endLineno,
                                       int endColOffset) {
        String text = tokenizer.line(lineno);
        String endText = endLineno == lineno ? text : tokenizer.line(endLineno);
        return new ParseError(kind, msg, filename, lineno, charOffset(text, colOffset) + 1, text, endLineno,
                charOffset(endText, endColOffset) + 1);
    }

    private int charOffset(String line, int byteOffset) {
        return tokenizer.byteOffsetErrors() ? byteOffset : byteToCharOffset(line, byteOffset);
    }

    /** The number of chars (code points) in the first {@code byteOffset} UTF-8 bytes of {@code line}. */
    static int byteToCharOffset(String line, int byteOffset) {
        int bytes = 0;
        int chars = 0;
        int i = 0;
        while (i < line.length() && bytes < byteOffset) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
        }
        return chars + Math.max(0, byteOffset - bytes);
    }
}
