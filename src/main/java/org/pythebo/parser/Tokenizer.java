package org.pythebo.parser;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns decoded Python source into tokens, on demand, with the rules of CPython 3.11's C
 * tokenizer (Parser/tokenizer.c) as its PEG parser sees them: no COMMENT or NL tokens, hard
 * keywords given their own kinds, and positions as the parser records them.
 *
 * <p>Positions: lines are 1-based in file numbering; columns are UTF-8 byte offsets in their
 * line. A STRING starts on the line of its opening quote. A NEWLINE spans from the comment that
 * precedes it (if any) to the newline character, and its end column is that of the newline
 * character (CPython leaves the '\n' out). CPython gives INDENT, DEDENT and ENDMARKER no column;
 * errors reported at them use the tokenizer's read position instead, so these tokens carry that
 * position as both columns: the indentation width for INDENT and DEDENT, the length of the last
 * line (newline included) for DEDENTs at end of file and ENDMARKER, which sit on the last line.
 *
 * <p>Whole-file input gets CPython's {@code exec} treatment: newlines are made universal and a
 * final '\n' is added when missing; {@link #source()} returns that normalised text, which the
 * tokens' {@code start}/{@code end} index. Errors the tokenizer finds are thrown as
 * {@link ParseError} from {@link #next()}.
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TAB_SIZE = 8;
    /** CPython's MAXINDENT: the indentation stack holds at most this many levels. */
    private static final int MAX_INDENT = 100;
    /** CPython's MAXLEVEL: bracket nesting limit. */
    private static final int MAX_LEVEL = 200;

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                KEYWORDS.put(k.spelling, k);
            }
        }
    }

    private final String source;
    private final char[] buf;
    private final int length;
    private final String filename;
    /** File line number = local line number + lineShift. */
    private final int lineShift;
    /** Added to the columns of tokens produced while the tokenizer is on its first line. */
    private final int colShift;
    /** Whether errors CPython's parser raises report byte offsets (bytes source with no declared encoding). */
    private boolean byteOffsetErrors;

    /** Index of the next char to read (CPython's tok->cur). */
    private int cur;
    /** Current local line number, 0 before the first line is entered. */
    private int lineno;
    private int lineStart;
    /**
     * CPython's tok->buf: where the last line entered outside a token starts. A line entered while
     * a string token is being read leaves it, so after a multi-line string it is the start of the
     * string's first line (some error columns count from there).
     */
    private int bufStart;
    private boolean inString;
    /** Index just past the current line's '\n' (or the end of the source). */
    private int lineEnd;
    /** Index of the current line's first non-ASCII char, or lineEnd: byte columns below it equal char columns. */
    private int lineAsciiEnd;
    /** lineStarts[k] is where local line k+1 starts, for every line entered so far. */
    private int[] lineStarts = new int[256];

    private boolean atBol = true;
    /** Pending INDENTs (positive) or DEDENTs (negative). */
    private int pending;
    private final int[] indentStack = new int[MAX_INDENT];
    private final int[] altIndentStack = new int[MAX_INDENT];
    private int indent;
    private final char[] parenStack = new char[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenStarts = new int[MAX_LEVEL];
    private int level;

    private Token endMarker;
    /**
     * Whether the last error thrown is one CPython's tokenizer raises itself (as opposed to an
     * error code its parser turns into an exception): only those replace a generic syntax error
     * in {@link #errorInRestOfSource(int)}.
     */
    private boolean lastErrorRaisedByTokenizer;
    private boolean hasNullByte;
    private boolean singleInput;
    /** Single input: whether a token other than a converted end of input came last (CPython's parsing_started). */
    private boolean parsingStarted;

    /** A tokenizer for a whole file or string ({@code exec} input). */
    public Tokenizer(String source, String filename) {
        this(source, filename, 1, 0, true);
    }

    /**
     * A tokenizer for source embedded in a larger file (an f-string replacement field):
     * line 1 of {@code source} is line {@code startLineno} of the file, and tokens produced while
     * the tokenizer is still on that first line have {@code startColOffset} added to both their
     * columns, as CPython 3.11 does. No final newline is added (CPython's fstring input).
     */
    public Tokenizer(String source, String filename, int startLineno, int startColOffset) {
        this(source, filename, startLineno, startColOffset, false);
    }

    /**
     * A tokenizer for {@code single} input (one interactive statement): no final newline is
     * added, and, as CPython's parser does in that mode, the first end of input after some tokens
     * comes out as a NEWLINE that also closes the open indented blocks (see {@link #next()}).
     */
    public static Tokenizer forSingleInput(String source, String filename) {
        Tokenizer t = new Tokenizer(source, filename, 1, 0, false);
        t.singleInput = true;
        return t;
    }

    private Tokenizer(String source, String filename, int startLineno, int startColOffset, boolean execInput) {
        this.source = normaliseNewlines(source, execInput);
        this.buf = this.source.toCharArray();
        this.length = buf.length;
        this.filename = filename;
        this.lineShift = startLineno - 1;
        this.colShift = startColOffset;
        this.hasNullByte = this.source.indexOf('\0') >= 0;
    }

    /**
     * CPython's translate_newlines: "\r\n" and "\r" become "\n"; exec input gets a final "\n",
     * and (a quirk of CPython 3.11's loop) one more when the source ends with "\r\n", which
     * moves errors at the end of the source to an extra empty line.
     */
    private static String normaliseNewlines(String s, boolean execInput) {
        String t = s;
        if (s.indexOf('\r') >= 0) {
            StringBuilder sb = new StringBuilder(s.length());
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char ch = s.charAt(i);
                if (ch == '\r') {
                    sb.append('\n');
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    sb.append(ch);
                }
            }
            t = sb.toString();
        }
        if (execInput && (t.isEmpty() || t.charAt(t.length() - 1) != '\n' || s.endsWith("\r\n"))) {
            t = t + "\n";
        }
        return t;
    }

    /**
     * Makes errors that CPython raises from its parser (rather than from inside its tokenizer)
     * report byte offsets, as CPython does for bytes source without a BOM or coding cookie.
     */
    public void setByteOffsetErrors(boolean byteOffsets) {
        this.byteOffsetErrors = byteOffsets;
    }

    /** Whether parser-raised errors should report byte offsets (see {@link #setByteOffsetErrors}). */
    public boolean byteOffsetErrors() {
        return byteOffsetErrors;
    }

    /** The normalised source the tokens index into. */
    public String source() {
        return source;
    }

    public String filename() {
        return filename;
    }

    /** Source line {@code lineno} (1-based, in file numbering) with its line ending, or "" past the end. */
    public String line(int fileLineno) {
        int local = fileLineno - lineShift;
        if (local < 1) {
            return "";
        }
        int start;
        if (local <= lineno) {
            start = lineStarts[local - 1];
        } else {
            // Not reached yet: walk forward from the line after the current one.
            start = lineno == 0 ? 0 : lineEnd;
            for (int k = lineno + 1; k < local && start < length; k++) {
                start = endOfLine(start);
            }
            if (start >= length) {
                return "";
            }
        }
        return source.substring(start, endOfLine(start));
    }

    private int endOfLine(int start) {
        int i = start;
        while (i < length && buf[i] != '\n') {
            i++;
        }
        return i < length ? i + 1 : i;
    }

    /** The next token; after ENDMARKER, ENDMARKER again. */
    public Token next() throws ParseError {
        if (endMarker != null) {
            return endMarker;
        }
        if (hasNullByte) {
            hasNullByte = false;
            lastErrorRaisedByTokenizer = true;
            throw new ParseError(ParseError.Kind.SyntaxError, "source code string cannot contain null bytes",
                    filename, 0, 0, null, 0, 0);
        }
        Token t = scan();
        if (singleInput) {
            if (t.kind() == TokenKind.ENDMARKER && parsingStarted) {
                parsingStarted = false;
                pending = -indent;
                indent = 0;
                return new Token(TokenKind.NEWLINE, "", t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset(),
                        t.start(), t.end());
            }
            parsingStarted = true;
        }
        if (t.kind() == TokenKind.ENDMARKER) {
            endMarker = t;
        }
        return t;
    }

    /**
     * Whether {@code t} is the NEWLINE that single input makes of the end of input: like
     * ENDMARKER, CPython gives it no column.
     */
    public boolean isEndOfInputNewline(Token t) {
        return singleInput && t.kind() == TokenKind.NEWLINE && t.start() == length;
    }

    /**
     * What CPython does after a generic "invalid syntax" reported at line {@code errorLineno}:
     * tokenize the rest of the source, and if the tokenizer itself raises an error there, report
     * that one instead; if the source ends inside brackets opened before that line, report the
     * unclosed bracket. Returns the error to report instead, or null to keep the generic one.
     */
    public ParseError errorInRestOfSource(int errorLineno) {
        try {
            while (endMarker == null) {
                next();
            }
            return null;
        } catch (ParseError e) {
            if (lastErrorRaisedByTokenizer) {
                return e;
            }
            if (level > 0 && errorLineno > parenLines[level - 1] + lineShift) {
                return unclosedBracketError();
            }
            return null;
        }
    }

    // ---- reading chars (CPython's tok_nextc / tok_backup) ----

    private int nextc() {
        if (cur == lineEnd) {
            if (cur >= length) {
                return EOF;
            }
            enterLine();
        }
        return buf[cur++];
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    private void enterLine() {
        if (lineno == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lineno * 2);
        }
        lineStarts[lineno++] = cur;
        lineStart = cur;
        if (!inString) {
            bufStart = cur;
        }
        int i = cur;
        int asciiEnd = -1;
        while (i < length) {
            char ch = buf[i++];
            if (ch == '\n') {
                break;
            }
            if (ch >= 0x80 && asciiEnd < 0) {
                asciiEnd = i - 1;
            }
        }
        lineEnd = i;
        lineAsciiEnd = asciiEnd < 0 ? lineEnd : asciiEnd;
    }

    /** UTF-8 byte column of char index {@code index} of the current line. */
    private int byteCol(int index) {
        if (index <= lineAsciiEnd) {
            return index - lineStart;
        }
        return lineAsciiEnd - lineStart + utf8Length(buf, lineAsciiEnd, index);
    }

    /** UTF-8 byte column of {@code index} in the line starting at {@code start}. */
    private int byteCol(int start, int index) {
        return utf8Length(buf, start, index);
    }

    /**
     * UTF-8 length of chars [from, to). A char U+DC80..U+DCFF stands for one undecodable source
     * byte (see {@link SourceDecoder}) and counts as one byte.
     */
    static int utf8Length(char[] chars, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = chars[i];
            if (ch < 0x80) {
                n++;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                n += 4;
                i++;
            } else if (ch >= 0xDC80 && ch <= 0xDCFF) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Number of code points in chars [from, to): CPython's character offsets. */
    private int charCount(int from, int to) {
        return Character.codePointCount(buf, from, to - from);
    }

    // ---- tokens ----

    private Token token(TokenKind kind, String text, int startLine, int startCol, int start, int end) {
        int endCol = byteCol(end);
        int col = startCol;
        if (lineno == 1) {
            col += colShift;
            endCol += colShift;
        }
        return new Token(kind, text, startLine + lineShift, col, lineno + lineShift, endCol, start, end);
    }

    /** INDENT, DEDENT and ENDMARKER: placed at the read position (see the class comment). */
    private Token positionToken(TokenKind kind) {
        int col = byteCol(cur);
        return token(kind, "", Math.max(lineno, 1), col, cur, cur);
    }

    // ---- the tokenizer proper (CPython's tok_get) ----

    private Token scan() throws ParseError {
        int c;
        while (true) {
            boolean blankLine = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altCol = 0;
                int contLineCol = 0;
                while (true) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altCol++;
                    } else if (c == '\t') {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        altCol++;
                    } else if (c == '\f') {
                        col = altCol = 0;
                    } else if (c == '\\') {
                        // The first backslash found decides the indentation of what follows.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankLine = true;
                }
                if (!blankLine && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altCol = contLineCol;
                    }
                    indentation(col, altCol);
                }
            }
            if (pending != 0) {
                if (pending < 0) {
                    pending++;
                    return positionToken(TokenKind.DEDENT);
                }
                pending--;
                return positionToken(TokenKind.INDENT);
            }

            // "again": skip spaces, comments and line continuations.
            int start;
            while (true) {
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                start = cur - 1;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }
                if (c == '\\') {
                    continuationLine();
                    continue;
                }
                break;
            }

            if (c == EOF) {
                if (level > 0) {
                    throw unclosedBracketError();
                }
                return positionToken(TokenKind.ENDMARKER);
            }
            if (c == '\n') {
                atBol = true;
                if (blankLine || level > 0) {
                    continue;
                }
                // Starts at the comment if one precedes; the newline itself is left out.
                int newline = cur - 1;
                return token(TokenKind.NEWLINE, "", lineno, byteCol(start), start, newline);
            }
            return scanToken(c, start);
        }
    }

    /** CPython's indentation bookkeeping at the start of a logical line. */
    private void indentation(int col, int altCol) throws ParseError {
        if (col == indentStack[indent]) {
            if (altCol != altIndentStack[indent]) {
                throw tabError();
            }
        } else if (col > indentStack[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                cur = lineEnd;
                throw parserError(ParseError.Kind.IndentationError, "too many levels of indentation",
                        lineno, 1, lineText(lineStart, true), 0);
            }
            if (altCol <= altIndentStack[indent]) {
                throw tabError();
            }
            pending++;
            indent++;
            indentStack[indent] = col;
            altIndentStack[indent] = altCol;
        } else {
            while (indent > 0 && col < indentStack[indent]) {
                pending--;
                indent--;
            }
            if (col != indentStack[indent]) {
                cur = lineEnd;
                throw parserError(ParseError.Kind.IndentationError,
                        "unindent does not match any outer indentation level", lineno, readOffset(),
                        lineText(lineStart, true), -1);
            }
            if (altCol != altIndentStack[indent]) {
                throw tabError();
            }
        }
    }

    private ParseError tabError() {
        cur = lineEnd;
        return parserError(ParseError.Kind.TabError, "inconsistent use of tabs and spaces in indentation",
                lineno, 1, lineText(lineStart, true), 0);
    }

    /** After a backslash: the next char must be a newline, and the source must go on. */
    private void continuationLine() throws ParseError {
        int c = nextc();
        if (c != '\n') {
            // CPython points at the char after the backslash, counting from tok->buf.
            int offset = byteOffsetErrors ? utf8Length(buf, bufStart, cur - 1) + 1 : charCount(bufStart, cur - 1) + 1;
            throw parserError(ParseError.Kind.SyntaxError, "unexpected character after line continuation character",
                    lineno, offset, new String(buf, bufStart, lineEnd - bufStart), 0);
        }
        c = nextc();
        if (c == EOF) {
            if (level > 0) {
                throw unclosedBracketError();
            }
            throw parserError(ParseError.Kind.SyntaxError, "unexpected EOF while parsing", lineno, readOffset(),
                    lineText(lineStart, true), -1);
        }
        backup(c);
    }

    private Token scanToken(int c, int start) throws ParseError {
        int startCol = byteCol(start);
        if (isPotentialIdentifierStart(c)) {
            // String prefixes: b, r, u, f in their legal combinations.
            boolean sawB = false;
            boolean sawR = false;
            boolean sawU = false;
            boolean sawF = false;
            while (true) {
                if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                    sawB = true;
                } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                    sawU = true;
                } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                    sawR = true;
                } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                    sawF = true;
                } else {
                    break;
                }
                c = nextc();
                if (c == '"' || c == '\'') {
                    return string(c, start, startCol);
                }
            }
            boolean nonAscii = false;
            while (isPotentialIdentifierChar(c)) {
                if (c >= 128) {
                    nonAscii = true;
                }
                c = nextc();
            }
            backup(c);
            return name(start, startCol, nonAscii);
        }
        if (c == '.') {
            c = nextc();
            if (c >= '0' && c <= '9') {
                return fraction(c, start, startCol);
            }
            if (c == '.') {
                c = nextc();
                if (c == '.') {
                    return token(TokenKind.ELLIPSIS, "...", lineno, startCol, start, cur);
                }
                backup(c);
                backup('.');
            } else {
                backup(c);
            }
            return token(TokenKind.DOT, ".", lineno, startCol, start, cur);
        }
        if (c >= '0' && c <= '9') {
            return number(c, start, startCol);
        }
        if (c == '"' || c == '\'') {
            return string(c, start, startCol);
        }
        return operator(c, start, startCol);
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // ---- names ----

    private Token name(int start, int startCol, boolean nonAscii) throws ParseError {
        int end = cur;
        if (!nonAscii) {
            String text = new String(buf, start, end - start);
            TokenKind kw = KEYWORDS.get(text);
            if (kw != null) {
                return token(kw, kw.spelling, lineno, startCol, start, end);
            }
            return token(TokenKind.NAME, text, lineno, startCol, start, end);
        }
        verifyIdentifier(start, end);
        // Keywords are recognised before normalisation, as in CPython: "ｉｆ" is the name "if".
        String raw = new String(buf, start, end - start);
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return token(TokenKind.NAME, text, lineno, startCol, start, end);
    }

    /** CPython's verify_identifier: XID_Start then XID_Continue, else an error at the bad char. */
    private void verifyIdentifier(int start, int end) throws ParseError {
        for (int i = start; i < end; i++) {
            if (isUndecodableByte(buf, i)) {
                undecodableIdentifier(start, end);
            }
        }
        int i = start;
        while (i < end) {
            int cp = Character.codePointAt(buf, i, end);
            boolean ok;
            if (cp < 128) {
                ok = i == start ? isPotentialIdentifierStart(cp) : isPotentialIdentifierChar(cp);
            } else {
                ok = i == start ? TokenizerUnicode.isXidStart(cp) : TokenizerUnicode.isXidContinue(cp);
            }
            int next = i + Character.charCount(cp);
            if (!ok) {
                cur = next;
                String hex = String.format("%04X", cp);
                String msg = isPrintable(cp)
                        ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")"
                        : "invalid non-printable character U+" + hex;
                throw tokenizerError(msg);
            }
            i = next;
        }
    }

    /** An identifier holding bytes that were not valid UTF-8: CPython's "(unicode error)". */
    private void undecodableIdentifier(int start, int end) throws ParseError {
        String msg = "(unicode error) " + SourceDecoder.utf8ErrorMessage(buf, start, end);
        throw parserError(ParseError.Kind.SyntaxError, msg, lineno, readOffset(), lineText(lineStart, true), -1);
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    // ---- numbers ----

    private Token number(int c, int start, int startCol) throws ParseError {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw tokenizerError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw tokenizerError("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw tokenizerError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while (c >= '0' && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw tokenizerError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw tokenizerError("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw tokenizerError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw tokenizerError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                // Zeros; a "0" alone is fine, "0123" is not (old-style octal).
                boolean nonZero = false;
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw tokenizerError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonZero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(c, start, startCol);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c, start, startCol);
                } else if (c == 'j' || c == 'J') {
                    return imaginary(start, startCol);
                } else if (nonZero) {
                    backup(c);
                    // CPython gives this range in bytes, unconverted.
                    throw tokenizerErrorAt("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", byteCol(start) + 1, byteCol(zerosEnd));
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(c, start, startCol);
            }
            if (c == 'e' || c == 'E') {
                return exponent(c, start, startCol);
            }
            if (c == 'j' || c == 'J') {
                return imaginary(start, startCol);
            }
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return numberToken(start, startCol);
    }

    /** After the '.' of a float: {@code c} is the char following it. */
    private Token fraction(int c, int start, int startCol) throws ParseError {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c, start, startCol);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(start, startCol);
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return numberToken(start, startCol);
    }

    /** At an 'e' or 'E' ({@code e}) after the digits of a number. */
    private Token exponent(int e, int start, int startCol) throws ParseError {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw tokenizerError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            // Not an exponent after all: the number ends before the 'e'.
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return numberToken(start, startCol);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary(start, startCol);
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return numberToken(start, startCol);
    }

    /** After the 'j' of an imaginary literal. */
    private Token imaginary(int start, int startCol) throws ParseError {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return numberToken(start, startCol);
    }

    private Token numberToken(int start, int startCol) {
        return token(TokenKind.NUMBER, new String(buf, start, cur - start), lineno, startCol, start, cur);
    }

    /** Digits with single underscores between them; returns the first char after them. */
    private int decimalTail() throws ParseError {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw tokenizerError("invalid decimal literal");
            }
        }
    }

    /**
     * CPython 3.11's verify_end_of_number: a number may be directly followed by one of the
     * keywords and, else, for, if, in, is, not, or (with a warning we do not print), but not by
     * any other identifier char. {@code c} has just been read.
     */
    private void verifyEndOfNumber(int c, String kind) throws ParseError {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> cur < lineEnd && (buf[cur] == 'f' || buf[cur] == 'n' || buf[cur] == 's');
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (!keyword && isPotentialIdentifierChar(c)) {
            backup(c);
            throw tokenizerError("invalid " + kind + " literal");
        }
    }

    /** Whether {@code rest} follows at the read position, not followed by an identifier char. */
    private boolean lookahead(String rest) {
        int i = cur;
        for (int k = 0; k < rest.length(); k++) {
            if (i >= lineEnd || buf[i] != rest.charAt(k)) {
                return false;
            }
            i++;
        }
        return i >= lineEnd || !isPotentialIdentifierChar(buf[i]);
    }

    // ---- strings ----

    /** A string literal whose opening quote {@code quote} has just been read. */
    private Token string(int quote, int start, int startCol) throws ParseError {
        int firstLine = lineno;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // the empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        inString = true;
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detectedAt = lineno + lineShift;
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detectedAt + ")"
                        : "unterminated string literal (detected at line " + detectedAt + ")";
                // Located at the string's start, on its first line.
                int offset = charCount(firstLineStart, start) + 1;
                lastErrorRaisedByTokenizer = true;
                throw new ParseError(ParseError.Kind.SyntaxError, msg, filename, firstLine + lineShift, offset,
                        lineText(firstLineStart, false), firstLine + lineShift, offset);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        inString = false;
        return token(TokenKind.STRING, new String(buf, start, cur - start), firstLine, startCol, start, cur);
    }

    // ---- operators and brackets ----

    private Token operator(int c, int start, int startCol) throws ParseError {
        int c2 = nextc();
        TokenKind two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenKind three = threeChars(c, c2, c3);
            if (three != null) {
                return token(three, three.spelling, lineno, startCol, start, cur);
            }
            backup(c3);
            // "<>" is NOTEQUAL to the tokenizer; the parser accepts only the "!=" spelling.
            String text = c == '<' && c2 == '>' ? "<>" : two.spelling;
            return token(two, text, lineno, startCol, start, cur);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    throw tokenizerError("too many nested parentheses");
                }
                parenStack[level] = (char) c;
                parenLines[level] = lineno;
                parenStarts[level] = start;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw tokenizerError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenStack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (parenLines[level] != lineno) {
                        throw tokenizerError("closing parenthesis '" + (char) c
                                + "' does not match opening parenthesis '" + opening + "' on line "
                                + (parenLines[level] + lineShift));
                    }
                    throw tokenizerError("closing parenthesis '" + (char) c
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
            default -> {
            }
        }
        if (c < 0x20 || c == 0x7f) {
            throw tokenizerError(String.format("invalid non-printable character U+%04X", c));
        }
        TokenKind one = oneChar(c);
        if (one == null) {
            // '$', '?', '!', '`': CPython's generic OP, which no grammar rule accepts.
            return token(TokenKind.ERRORTOKEN, String.valueOf((char) c), lineno, startCol, start, cur);
        }
        return token(one, one.spelling, lineno, startCol, start, cur);
    }

    private static TokenKind oneChar(int c) {
        return switch (c) {
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case ':' -> TokenKind.COLON;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '|' -> TokenKind.VBAR;
            case '&' -> TokenKind.AMPER;
            case '<' -> TokenKind.LESS;
            case '>' -> TokenKind.GREATER;
            case '=' -> TokenKind.EQUAL;
            case '.' -> TokenKind.DOT;
            case '%' -> TokenKind.PERCENT;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '@' -> TokenKind.AT;
            default -> null;
        };
    }

    private static TokenKind twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/' -> c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<' -> c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                    : c2 == '>' ? TokenKind.NOTEQUAL : null;
            case '=' -> c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@' -> c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenKind.VBAREQUAL : null;
            default -> null;
        };
    }

    private static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=' && c3 != '.') {
            return null;
        }
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') {
                return TokenKind.DOUBLESTAREQUAL;
            }
            if (c1 == '/' && c2 == '/') {
                return TokenKind.DOUBLESLASHEQUAL;
            }
            if (c1 == '<' && c2 == '<') {
                return TokenKind.LEFTSHIFTEQUAL;
            }
            if (c1 == '>' && c2 == '>') {
                return TokenKind.RIGHTSHIFTEQUAL;
            }
        }
        return null;
    }

    // ---- errors ----

    /**
     * An error CPython's tokenizer raises itself (its syntaxerror()): located at the read
     * position, in characters, with the current line (without its newline) as text.
     */
    private ParseError tokenizerError(String msg) {
        int offset = charCount(lineStart, cur);
        return tokenizerErrorAt(msg, offset, offset);
    }

    private ParseError tokenizerErrorAt(String msg, int offset, int endOffset) {
        lastErrorRaisedByTokenizer = true;
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, lineno + lineShift, offset,
                lineText(lineStart, false), lineno + lineShift, endOffset);
    }

    /** An error CPython's parser raises from a tokenizer error code. */
    private ParseError parserError(ParseError.Kind kind, String msg, int localLine, int offset, String text,
                                   int endOffset) {
        lastErrorRaisedByTokenizer = false;
        return new ParseError(kind, msg, filename, localLine + lineShift, offset, text, localLine + lineShift,
                endOffset);
    }

    /** CPython's offset for errors at a token without a column: the read position, not plus one. */
    private int readOffset() {
        return byteOffsetErrors ? byteCol(cur) : charCount(lineStart, cur);
    }

    /** "'(' was never closed", at the innermost open bracket. */
    private ParseError unclosedBracketError() {
        int open = parenStarts[level - 1];
        int line = parenLines[level - 1];
        int start = lineStarts[line - 1];
        int offset = (byteOffsetErrors ? byteCol(start, open) : charCount(start, open)) + 1;
        // CPython's text keeps the newline only when the bracket is on the line being read.
        return parserError(ParseError.Kind.SyntaxError, "'" + parenStack[level - 1] + "' was never closed", line,
                offset, lineText(start, line == lineno), 0);
    }

    /**
     * The line starting at {@code start}, with or without its newline, for error texts: bytes
     * that were not valid UTF-8 show as U+FFFD, as CPython decodes them with "replace".
     */
    private String lineText(int start, boolean withNewline) {
        int end = endOfLine(start);
        if (!withNewline && end > start && buf[end - 1] == '\n') {
            end--;
        }
        String text = source.substring(start, end);
        for (int i = start; i < end; i++) {
            if (isUndecodableByte(buf, i)) {
                StringBuilder sb = new StringBuilder(text);
                for (int k = i; k < end; k++) {
                    if (isUndecodableByte(buf, k)) {
                        sb.setCharAt(k - start, '\uFFFD');
                    }
                }
                return sb.toString();
            }
        }
        return text;
    }

    /**
     * Whether {@code chars[i]} stands for a source byte that was not valid UTF-8 (see
     * {@link SourceDecoder}): a lone U+DC80..U+DCFF, not the low half of a surrogate pair.
     */
    static boolean isUndecodableByte(char[] chars, int i) {
        char ch = chars[i];
        return ch >= 0xDC80 && ch <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(chars[i - 1]));
    }
}
