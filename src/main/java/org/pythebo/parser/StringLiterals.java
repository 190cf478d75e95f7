package org.pythebo.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.ucd.UnicodeData;

/**
 * Turns one or more adjacent STRING tokens into a Constant (str or bytes) or a JoinedStr, exactly as
 * CPython 3.11 does (Parser/string_parser.c and action_helpers.c): prefixes, escapes, implicit
 * concatenation and the 3.11 f-string rules, with their positions and error messages.
 *
 * <p>Positions: every Constant and FormattedValue of a top-level JoinedStr spans the whole run of
 * tokens; a format spec's JoinedStr and its last Constant span the token holding it; the replacement
 * field expressions get real positions from {@link Parser#parseFStringExpr}.
 *
 * <p>Errors are reported, as CPython 3.11.2 reports them, at the token the parser fetched after
 * the strings.
 */
public final class StringLiterals {
    private StringLiterals() {}

    /** Builds a SyntaxError at a token the way the calling parser reports errors. */
    @FunctionalInterface
    public interface ErrorFactory {
        ParseError at(String msg, Token token);
    }

    /** CPython's limit on brackets nested inside one replacement field. */
    private static final int MAX_PAREN_DEPTH = 200;

    /**
     * Parses the STRING tokens {@code tokens}; {@code following} is the furthest token the parser has
     * fetched (the one after the strings), where CPython reports most string errors.
     */
    public static Ast.Expr parse(List<Token> tokens, Tokenizer tokenizer, Token following, ErrorFactory errors)
            throws ParseError {
        return new Run(tokens, tokenizer, following, errors).parse();
    }

    /** The values and the pending literal text of one f-string level (CPython's FstringParser). */
    private static final class Parts {
        final StringBuilder pending = new StringBuilder();
        /** Indexes in {@link #pending} of surrogates that came from \\u or \\U escapes. */
        final BitSet escapedSurrogates = new BitSet();
        final List<Ast.Expr> values = new ArrayList<>();
        boolean fstring;
    }

    /** One call: the tokens being concatenated and where errors go. */
    private static final class Run {
        final List<Token> tokens;
        final Tokenizer tokenizer;
        final Token following;
        final ErrorFactory errors;
        final Token first;
        final Token last;

        /** The token being read, its text with \r newlines made \n, and its body (between the quotes). */
        Token token;
        String text;
        int bodyStart;
        int bodyEnd;

        Run(List<Token> tokens, Tokenizer tokenizer, Token following, ErrorFactory errors) {
            this.tokens = tokens;
            this.tokenizer = tokenizer;
            this.following = following;
            this.errors = errors;
            this.first = tokens.get(0);
            this.last = tokens.get(tokens.size() - 1);
        }

        ParseError error(String msg) {
            return errors.at(msg, following);
        }

        Ast.Expr parse() throws ParseError {
            Parts parts = new Parts();
            ByteArrayOutputStream bytes = null;
            boolean bytesMode = false;
            for (int i = 0; i < tokens.size(); i++) {
                token = tokens.get(i);
                text = normalizeNewlines(token.text());
                boolean thisBytes = false;
                boolean raw = false;
                boolean fmode = false;
                int p = 0;
                for (char c = text.charAt(p); c != '\'' && c != '"'; c = text.charAt(++p)) {
                    switch (c) {
                        case 'b', 'B' -> thisBytes = true;
                        case 'r', 'R' -> raw = true;
                        case 'f', 'F' -> fmode = true;
                        default -> { } // u, U
                    }
                }
                char quote = text.charAt(p);
                int quoteLen = text.length() - p >= 6 && text.charAt(p + 1) == quote && text.charAt(p + 2) == quote ? 3 : 1;
                bodyStart = p + quoteLen;
                bodyEnd = text.length() - quoteLen;

                if (fmode) {
                    if (i != 0 && bytesMode) {
                        throw error("cannot mix bytes and nonbytes literals");
                    }
                    bytesMode = false;
                    concatFString(parts, bodyStart, raw, 0);
                } else if (thisBytes) {
                    for (int k = bodyStart; k < bodyEnd; k++) {
                        if (text.charAt(k) >= 0x80) {
                            throw error("bytes can only contain ASCII literal characters");
                        }
                    }
                    byte[] value = raw ? asciiBytes(bodyStart, bodyEnd) : decodeBytes(bodyStart, bodyEnd);
                    if (i != 0 && !bytesMode) {
                        throw error("cannot mix bytes and nonbytes literals");
                    }
                    bytesMode = true;
                    if (bytes == null) {
                        bytes = new ByteArrayOutputStream(value.length);
                    }
                    bytes.writeBytes(value);
                } else {
                    // CPython decodes a literal without backslashes as a raw one.
                    if (raw || text.indexOf('\\', bodyStart) < 0) {
                        checkUtf8(bodyStart, bodyEnd, true);
                        parts.pending.append(text, bodyStart, bodyEnd);
                    } else {
                        decodeStr(parts, bodyStart, bodyEnd);
                    }
                    if (i != 0 && bytesMode) {
                        throw error("cannot mix bytes and nonbytes literals");
                    }
                    bytesMode = false;
                }
            }
            if (bytesMode) {
                return new Ast.Constant(bytes.toByteArray(), null, first.lineno(), first.colOffset(), last.endLineno(),
                        last.endColOffset());
            }
            return finish(parts, first, last);
        }

        /** CPython's FstringParser_Finish: a Constant, or a JoinedStr once any f-string took part. */
        Ast.Expr finish(Parts parts, Token from, Token to) {
            if (!parts.fstring) {
                return constant(pendingValue(parts), from, to);
            }
            flush(parts, from, to);
            return new Ast.JoinedStr(List.copyOf(parts.values), from.lineno(), from.colOffset(), to.endLineno(),
                    to.endColOffset());
        }

        void flush(Parts parts, Token from, Token to) {
            if (!parts.pending.isEmpty()) {
                parts.values.add(constant(pendingValue(parts), from, to));
                parts.pending.setLength(0);
                parts.escapedSurrogates.clear();
            }
        }

        /**
         * The str value of the pending text: a String, unless escaped surrogates stand next to other
         * surrogates, which a String would pair into one character.
         */
        static Object pendingValue(Parts parts) {
            String text = parts.pending.toString();
            if (parts.escapedSurrogates.isEmpty()) {
                return text;
            }
            int[] codePoints = new int[text.length()];
            int n = 0;
            boolean split = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair && !parts.escapedSurrogates.get(i) && !parts.escapedSurrogates.get(i + 1)) {
                    codePoints[n++] = Character.toCodePoint(c, text.charAt(++i));
                } else {
                    split |= pair;
                    codePoints[n++] = c;
                }
            }
            return split ? new Ast.StrWithSurrogates(Arrays.copyOf(codePoints, n)) : text;
        }

        static Ast.Constant constant(Object value, Token from, Token to) {
            String kind = from.text().charAt(0) == 'u' ? "u" : null;
            return new Ast.Constant(value, kind, from.lineno(), from.colOffset(), to.endLineno(), to.endColOffset());
        }

        /**
         * Reads f-string text from {@code pos} into {@code parts} (CPython's FstringParser_ConcatFstring):
         * to the end of the body at level 0, to the '}' closing a format spec at level 1 and 2.
         * Returns the position where reading stopped.
         */
        int concatFString(Parts parts, int pos, boolean raw, int level) throws ParseError {
            parts.fstring = true;
            while (true) {
                // A literal part, ending at an undoubled brace or the end.
                int literalStart = pos;
                boolean doubled = false;
                while (pos < bodyEnd) {
                    char ch = text.charAt(pos++);
                    if (!raw && ch == '\\' && pos < bodyEnd) {
                        ch = text.charAt(pos++);
                        if (ch == 'N') {
                            // Skip \N{...} so its braces do not start a replacement field.
                            if (pos < bodyEnd && text.charAt(pos++) == '{') {
                                while (pos < bodyEnd && text.charAt(pos++) != '}') {
                                    // skip the name
                                }
                            }
                            continue;
                        }
                    }
                    if (ch == '{' || ch == '}') {
                        if (level == 0) {
                            if (pos < bodyEnd && text.charAt(pos) == ch) {
                                doubled = true;
                                break;
                            }
                            if (ch == '}') {
                                throw error("f-string: single '}' is not allowed");
                            }
                        }
                        pos--;
                        break;
                    }
                }
                if (literalStart != pos) {
                    if (raw) {
                        checkUtf8(literalStart, pos, true);
                        parts.pending.append(text, literalStart, pos);
                    } else {
                        decodeStr(parts, literalStart, pos);
                    }
                }
                if (doubled) {
                    pos++;
                    continue;
                }
                if (pos >= bodyEnd || text.charAt(pos) == '}') {
                    break;
                }
                pos = replacementField(parts, pos, raw, level);
            }
            if (level != 0 && (pos >= bodyEnd || text.charAt(pos) != '}')) {
                throw error("f-string: expecting '}'");
            }
            return pos;
        }

        /**
         * Reads the replacement field whose '{' is at {@code pos} (CPython's fstring_find_expr) and
         * appends its FormattedValue, preceded by any pending literal and '=' text. Returns the
         * position after its '}'.
         */
        int replacementField(Parts parts, int pos, boolean raw, int level) throws ParseError {
            if (level >= 2) {
                throw error("f-string: expressions nested too deeply");
            }
            int brace = pos;
            pos++;
            int exprStart = pos;
            char quote = 0;
            int stringType = 0;
            char[] parens = null;
            int depth = 0;
            for (; pos < bodyEnd; pos++) {
                char ch = text.charAt(pos);
                if (ch == '\\') {
                    throw error("f-string expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (ch == quote) {
                        if (stringType == 3) {
                            if (pos + 2 < bodyEnd && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                                pos += 2;
                                quote = 0;
                                stringType = 0;
                            }
                        } else {
                            quote = 0;
                            stringType = 0;
                        }
                    }
                } else if (ch == '\'' || ch == '"') {
                    if (pos + 2 < bodyEnd && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                        stringType = 3;
                        pos += 2;
                    } else {
                        stringType = 1;
                    }
                    quote = ch;
                } else if (ch == '[' || ch == '{' || ch == '(') {
                    if (depth >= MAX_PAREN_DEPTH) {
                        throw error("f-string: too many nested parenthesis");
                    }
                    if (parens == null) {
                        parens = new char[8];
                    } else if (depth == parens.length) {
                        parens = Arrays.copyOf(parens, depth * 2);
                    }
                    parens[depth++] = ch;
                } else if (ch == '#') {
                    throw error("f-string expression part cannot include '#'");
                } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                    if (pos + 1 < bodyEnd) {
                        char next = text.charAt(pos + 1);
                        if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                            pos++;
                            continue;
                        }
                    }
                    // A lone '<' or '>' is a comparison, even as the last char.
                    if (ch == '>' || ch == '<') {
                        continue;
                    }
                    break;
                } else if (ch == ']' || ch == '}' || ch == ')') {
                    if (depth == 0) {
                        throw error("f-string: unmatched '" + ch + "'");
                    }
                    char opening = parens[--depth];
                    if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                        throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                                + opening + "'");
                    }
                }
            }
            int exprEnd = pos;
            if (quote != 0) {
                throw error("f-string: unterminated string");
            }
            if (depth != 0) {
                throw error("f-string: unmatched '" + parens[depth - 1] + "'");
            }
            if (pos >= bodyEnd) {
                throw error("f-string: expecting '}'");
            }
            Ast.Expr expression = compileExpression(brace, exprStart, exprEnd);

            String exprText = null;
            if (text.charAt(pos) == '=') {
                pos++;
                while (pos < bodyEnd && isPySpace(text.charAt(pos))) {
                    pos++;
                }
                exprText = text.substring(exprStart, pos);
            }
            int conversion = -1;
            if (pos < bodyEnd && text.charAt(pos) == '!') {
                pos++;
                if (pos >= bodyEnd) {
                    throw error("f-string: expecting '}'");
                }
                conversion = text.charAt(pos++);
                if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            if (pos >= bodyEnd) {
                throw error("f-string: expecting '}'");
            }
            Ast.Expr formatSpec = null;
            if (text.charAt(pos) == ':') {
                pos++;
                if (pos >= bodyEnd) {
                    throw error("f-string: expecting '}'");
                }
                Parts spec = new Parts();
                pos = concatFString(spec, pos, raw, level + 1);
                formatSpec = finish(spec, token, token);
            }
            if (pos >= bodyEnd || text.charAt(pos) != '}') {
                throw error("f-string: expecting '}'");
            }
            pos++;
            if (exprText != null && formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
            if (exprText != null) {
                parts.pending.append(exprText);
            }
            flush(parts, first, last);
            parts.values.add(new Ast.FormattedValue(expression, conversion, formatSpec, first.lineno(),
                    first.colOffset(), last.endLineno(), last.endColOffset()));
            return pos;
        }

        /**
         * Parses the field expression between {@code exprStart} and {@code exprEnd} as "(expr)", placed
         * where CPython 3.11 places it (fstring_find_expr_location): on the line of the '{' and, when
         * that is the token's first line, shifted by the token's column.
         */
        Ast.Expr compileExpression(int brace, int exprStart, int exprEnd) throws ParseError {
            int k = exprStart;
            while (k < exprEnd && isFieldSpace(text.charAt(k))) {
                k++;
            }
            if (k == exprEnd) {
                char stop = text.charAt(exprEnd);
                if (stop == '!' || stop == ':' || stop == '=') {
                    throw error("f-string: expression required before '" + stop + "'");
                }
                throw error("f-string: empty expression not allowed");
            }
            // A newline right after the brace (blanks aside) leaves the column shift at zero.
            boolean newlineAfterBrace = true;
            for (int j = brace + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '}' || c == '\n') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\f') {
                    newlineAfterBrace = false;
                    break;
                }
            }
            int lines = 0;
            for (int j = 0; j < brace; j++) {
                if (text.charAt(j) == '\n') {
                    lines++;
                }
            }
            int cols = 0;
            if (!newlineAfterBrace) {
                int lineStart = text.lastIndexOf('\n', brace) + 1;
                cols = utf8Length(text, lineStart, brace);
            }
            int startLineno = token.lineno() + lines;
            int startCol = lines != 0 ? cols : token.colOffset() + cols;
            String source = "(" + text.substring(exprStart, exprEnd) + ")";
            return Parser.parseFStringExpr(source, tokenizer.filename(), startLineno, startCol);
        }

        /** Blanks an f-string field may consist of before it counts as empty. */
        static boolean isFieldSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\f';
        }

        /** Python's Py_ISSPACE for ASCII. */
        static boolean isPySpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
        }

        byte[] asciiBytes(int from, int to) {
            byte[] b = new byte[to - from];
            for (int i = from; i < to; i++) {
                b[i - from] = (byte) text.charAt(i);
            }
            return b;
        }

        /** The escapes of a bytes literal (CPython's _PyBytes_DecodeEscape); the text is ASCII. */
        byte[] decodeBytes(int from, int to) throws ParseError {
            ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
            int i = from;
            while (i < to) {
                char c = text.charAt(i++);
                if (c != '\\') {
                    out.write(c);
                    continue;
                }
                char e = text.charAt(i++);
                switch (e) {
                    case '\n' -> { }
                    case '\\', '\'', '"' -> out.write(e);
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case 't' -> out.write('\t');
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 'v' -> out.write(0x0b);
                    case 'a' -> out.write(0x07);
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int value = e - '0';
                        for (int n = 1; n < 3 && i < to && isOctal(text.charAt(i)); n++) {
                            value = value * 8 + text.charAt(i++) - '0';
                        }
                        out.write(value & 0xff);
                    }
                    case 'x' -> {
                        int hi = i < to ? Character.digit(text.charAt(i), 16) : -1;
                        int lo = i + 1 < to ? Character.digit(text.charAt(i + 1), 16) : -1;
                        if (hi < 0 || lo < 0) {
                            throw error("(value error) invalid \\x escape at position " + (i - 2 - from));
                        }
                        out.write(hi * 16 + lo);
                        i += 2;
                    }
                    default -> {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
            return out.toByteArray();
        }

        /**
         * Appends the value of str literal text (CPython's decode_unicode_with_escapes). Error
         * positions count bytes of the buffer CPython decodes, in which each non-ASCII character
         * became a 10-byte \\UXXXXXXXX escape and a backslash before one became the 6-byte \\u005c.
         */
        void decodeStr(Parts parts, int from, int to) throws ParseError {
            StringBuilder out = parts.pending;
            checkUtf8(from, to, false);
            int i = from;
            int bytePos = 0;
            while (i < to) {
                char c = text.charAt(i);
                if (c != '\\') {
                    int next = text.indexOf('\\', i);
                    int stop = next < 0 || next >= to ? to : next;
                    out.append(text, i, stop);
                    bytePos += escapedLength(i, stop);
                    i = stop;
                    continue;
                }
                int start = bytePos;
                i++;
                if (i >= to) {
                    out.append('\\');
                    break;
                }
                char e = text.charAt(i++);
                bytePos += 2;
                switch (e) {
                    case '\n' -> { }
                    case '\\', '\'', '"' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 'v' -> out.append('\u000b');
                    case 'a' -> out.append('\u0007');
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int value = e - '0';
                        for (int n = 1; n < 3 && i < to && isOctal(text.charAt(i)); n++) {
                            value = value * 8 + text.charAt(i++) - '0';
                            bytePos++;
                        }
                        out.append((char) value);
                    }
                    case 'x', 'u', 'U' -> {
                        int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        int value = 0;
                        for (int n = 0; n < count; n++) {
                            int digit = i < to && text.charAt(i) < 0x80 ? Character.digit(text.charAt(i), 16) : -1;
                            if (digit < 0) {
                                String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                                throw unicodeError(start, bytePos, "truncated " + what + " escape");
                            }
                            value = value * 16 + digit;
                            i++;
                            bytePos++;
                        }
                        if (value > Character.MAX_CODE_POINT || value < 0) {
                            throw unicodeError(start, bytePos, "illegal Unicode character");
                        }
                        if (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE) {
                            parts.escapedSurrogates.set(out.length());
                        }
                        out.appendCodePoint(value);
                    }
                    case 'N' -> {
                        if (i >= to || text.charAt(i) != '{') {
                            throw unicodeError(start, bytePos, "malformed \\N character escape");
                        }
                        int close = text.indexOf('}', i + 1);
                        if (close < 0 || close >= to) {
                            throw unicodeError(start, bytePos + escapedLength(i, to), "malformed \\N character escape");
                        }
                        int end = bytePos + escapedLength(i, close + 1);
                        if (close == i + 1) {
                            throw unicodeError(start, end - 1, "malformed \\N character escape");
                        }
                        int cp = UnicodeData.latest().codePointOf(text.substring(i + 1, close));
                        if (cp < 0) {
                            throw unicodeError(start, end, "unknown Unicode character name");
                        }
                        out.appendCodePoint(cp);
                        bytePos = end;
                        i = close + 1;
                    }
                    default -> {
                        // Not an escape: CPython keeps it (with a DeprecationWarning).
                        out.append('\\').append(e);
                        if (e >= 0x80) {
                            // In CPython's buffer the backslash became \u005c and the character 10 bytes.
                            int w = Character.isHighSurrogate(e) && i < to && Character.isLowSurrogate(text.charAt(i)) ? 1 : 0;
                            if (w == 1) {
                                out.append(text.charAt(i++));
                            }
                            bytePos += 5 - 1 + 10;
                        }
                    }
                }
            }
        }

        /**
         * Fails as CPython's UTF-8 decoding of literal text does when the text holds bytes that were
         * not valid UTF-8 (kept by the source decoder as U+DC80..U+DCFF). CPython decodes either the
         * whole text ({@code whole}) or, before it handles escapes, each run of non-ASCII bytes, so
         * the byte position in the message counts from there.
         */
        void checkUtf8(int from, int to, boolean whole) throws ParseError {
            int bad = from;
            while (bad < to && !isUndecodable(bad)) {
                bad++;
            }
            if (bad == to) {
                return;
            }
            int start = from;
            int end = to;
            if (!whole) {
                // The first run of non-ASCII chars that holds an undecodable byte.
                for (int i = from; i < to; i++) {
                    if (text.charAt(i) >= 0x80) {
                        int runEnd = i;
                        boolean undecodable = false;
                        while (runEnd < to && text.charAt(runEnd) >= 0x80) {
                            undecodable |= isUndecodable(runEnd++);
                        }
                        if (undecodable) {
                            start = i;
                            end = runEnd;
                            break;
                        }
                        i = runEnd;
                    }
                }
            }
            throw error("(unicode error) " + SourceDecoder.utf8ErrorMessage(text.toCharArray(), start, end));
        }

        /** Whether text[i] stands for an undecodable source byte: a lone U+DC80..U+DCFF. */
        boolean isUndecodable(int i) {
            char c = text.charAt(i);
            return c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        }

        /** The length of {@code text[from, to)} in CPython's escaped decoding buffer. */
        int escapedLength(int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    n++;
                } else if (!Character.isLowSurrogate(c) || i == from || !Character.isHighSurrogate(text.charAt(i - 1))) {
                    n += 10;
                }
            }
            return n;
        }

        ParseError unicodeError(int start, int end, String reason) {
            return error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + (end - 1)
                    + ": " + reason);
        }
    }

    static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** CPython reads source with universal newlines: \r\n and a lone \r are \n. */
    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The number of UTF-8 bytes of {@code s[from, to)}. */
    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
