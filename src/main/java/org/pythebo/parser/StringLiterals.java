package org.pythebo.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pythebo.parser.ast.Ast;
import org.pythebo.runtime.text.Repr;

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
                        int cp = UnicodeNames.lookup(text.substring(i + 1, close));
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

    /**
     * The character names {@code \N{...}} accepts in Python 3.11 (Unicode 14.0): the names in the
     * Unicode database, matched without regard to case, the Hangul syllable and CJK unified ideograph
     * names Python computes, and the formal name aliases.
     */
    static final class UnicodeNames {
        private UnicodeNames() {}

        private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
            "C", "K", "T", "P", "H"};
        private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
            "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
        private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
            "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

        /** The CJK unified ideograph blocks of Unicode 14.0, as inclusive ranges. */
        private static final int[] UNIFIED_IDEOGRAPHS = {0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700,
            0x2B738, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A};

        /** Formal name aliases (NameAliases.txt) other than the VSn ones: "code:alias,alias;...". */
        private static final String ALIASES = "0:NULL,NUL;1:START OF HEADING,SOH;2:START OF TEXT,STX;3:END OF TEXT,ETX;"
            + "4:END OF TRANSMISSION,EOT;5:ENQUIRY,ENQ;6:ACKNOWLEDGE,ACK;7:ALERT,BEL;8:BACKSPACE,BS;"
            + "9:CHARACTER TABULATION,HORIZONTAL TABULATION,HT,TAB;A:LINE FEED,NEW LINE,END OF LINE,LF,NL,EOL;"
            + "B:LINE TABULATION,VERTICAL TABULATION,VT;C:FORM FEED,FF;D:CARRIAGE RETURN,CR;"
            + "E:SHIFT OUT,LOCKING-SHIFT ONE,SO;F:SHIFT IN,LOCKING-SHIFT ZERO,SI;10:DATA LINK ESCAPE,DLE;"
            + "11:DEVICE CONTROL ONE,DC1;12:DEVICE CONTROL TWO,DC2;13:DEVICE CONTROL THREE,DC3;"
            + "14:DEVICE CONTROL FOUR,DC4;15:NEGATIVE ACKNOWLEDGE,NAK;16:SYNCHRONOUS IDLE,SYN;"
            + "17:END OF TRANSMISSION BLOCK,ETB;18:CANCEL,CAN;19:END OF MEDIUM,EOM;1A:SUBSTITUTE,SUB;1B:ESCAPE,ESC;"
            + "1C:INFORMATION SEPARATOR FOUR,FILE SEPARATOR,FS;1D:INFORMATION SEPARATOR THREE,GROUP SEPARATOR,GS;"
            + "1E:INFORMATION SEPARATOR TWO,RECORD SEPARATOR,RS;1F:INFORMATION SEPARATOR ONE,UNIT SEPARATOR,US;"
            + "20:SP;7F:DELETE,DEL;80:PADDING CHARACTER,PAD;81:HIGH OCTET PRESET,HOP;82:BREAK PERMITTED HERE,BPH;"
            + "83:NO BREAK HERE,NBH;84:INDEX,IND;85:NEXT LINE,NEL;86:START OF SELECTED AREA,SSA;"
            + "87:END OF SELECTED AREA,ESA;88:CHARACTER TABULATION SET,HORIZONTAL TABULATION SET,HTS;"
            + "89:CHARACTER TABULATION WITH JUSTIFICATION,HORIZONTAL TABULATION WITH JUSTIFICATION,HTJ;"
            + "8A:LINE TABULATION SET,VERTICAL TABULATION SET,VTS;8B:PARTIAL LINE FORWARD,PARTIAL LINE DOWN,PLD;"
            + "8C:PARTIAL LINE BACKWARD,PARTIAL LINE UP,PLU;8D:REVERSE LINE FEED,REVERSE INDEX,RI;"
            + "8E:SINGLE SHIFT TWO,SINGLE-SHIFT-2,SS2;8F:SINGLE SHIFT THREE,SINGLE-SHIFT-3,SS3;"
            + "90:DEVICE CONTROL STRING,DCS;91:PRIVATE USE ONE,PRIVATE USE-1,PU1;92:PRIVATE USE TWO,PRIVATE USE-2,PU2;"
            + "93:SET TRANSMIT STATE,STS;94:CANCEL CHARACTER,CCH;95:MESSAGE WAITING,MW;"
            + "96:START OF GUARDED AREA,START OF PROTECTED AREA,SPA;97:END OF GUARDED AREA,END OF PROTECTED AREA,EPA;"
            + "98:START OF STRING,SOS;99:SINGLE GRAPHIC CHARACTER INTRODUCER,SGC;9A:SINGLE CHARACTER INTRODUCER,SCI;"
            + "9B:CONTROL SEQUENCE INTRODUCER,CSI;9C:STRING TERMINATOR,ST;9D:OPERATING SYSTEM COMMAND,OSC;"
            + "9E:PRIVACY MESSAGE,PM;9F:APPLICATION PROGRAM COMMAND,APC;A0:NBSP;AD:SHY;"
            + "1A2:LATIN CAPITAL LETTER GHA;1A3:LATIN SMALL LETTER GHA;34F:CGJ;61C:ALM;"
            + "709:SYRIAC SUBLINEAR COLON SKEWED LEFT;CDE:KANNADA LETTER LLLA;E9D:LAO LETTER FO FON;"
            + "E9F:LAO LETTER FO FAY;EA3:LAO LETTER RO;EA5:LAO LETTER LO;FD0:TIBETAN MARK BKA- SHOG GI MGO RGYAN;"
            + "11EC:HANGUL JONGSEONG YESIEUNG-KIYEOK;11ED:HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK;"
            + "11EE:HANGUL JONGSEONG SSANGYESIEUNG;11EF:HANGUL JONGSEONG YESIEUNG-KHIEUKH;"
            + "180B:FVS1;180C:FVS2;180D:FVS3;180E:MVS;200B:ZWSP;200C:ZWNJ;200D:ZWJ;200E:LRM;200F:RLM;"
            + "202A:LRE;202B:RLE;202C:PDF;202D:LRO;202E:RLO;202F:NNBSP;205F:MMSP;2060:WJ;"
            + "2066:LRI;2067:RLI;2068:FSI;2069:PDI;2118:WEIERSTRASS ELLIPTIC FUNCTION;"
            + "2448:MICR ON US SYMBOL;2449:MICR DASH SYMBOL;"
            + "2B7A:LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;"
            + "2B7C:RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;A015:YI SYLLABLE ITERATION MARK;"
            + "FE18:PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET;"
            + "FEFF:BYTE ORDER MARK,BOM,ZWNBSP;122D4:CUNEIFORM SIGN NU11 TENU;"
            + "122D5:CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR;1B001:HENTAIGANA LETTER E-1;"
            + "1D0C5:BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS";

        private static final Map<String, Integer> ALIAS_MAP = aliasMap();

        private static Map<String, Integer> aliasMap() {
            Map<String, Integer> map = new HashMap<>();
            for (String entry : ALIASES.split(";")) {
                int colon = entry.indexOf(':');
                int cp = Integer.parseInt(entry, 0, colon, 16);
                for (String alias : entry.substring(colon + 1).split(",")) {
                    map.put(alias, cp);
                }
            }
            for (int n = 1; n <= 256; n++) {
                map.put("VS" + n, n <= 16 ? 0xFE00 + n - 1 : 0xE0100 + n - 17);
            }
            return Map.copyOf(map);
        }

        /** The code point named {@code name}, or -1. */
        static int lookup(String name) {
            if (name.startsWith("HANGUL SYLLABLE ")) {
                return hangulSyllable(name, 16);
            }
            if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
                return unifiedIdeograph(name, 22);
            }
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) >= 0x80) {
                    return -1;
                }
            }
            String upper = name.toUpperCase(Locale.ROOT);
            Integer alias = ALIAS_MAP.get(upper);
            if (alias != null) {
                return alias;
            }
            // Java ignores surrounding blanks, Python does not.
            if (name.isEmpty() || name.charAt(0) <= ' ' || name.charAt(name.length() - 1) <= ' ') {
                return -1;
            }
            int cp;
            try {
                cp = Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                return -1;
            }
            // Java names control characters with their Unicode 1.0 names and unnamed characters
            // "BLOCK HEX"; Python knows neither, nor characters assigned after Unicode 14.0.
            if (Character.getType(cp) == Character.CONTROL || !Repr.isAssigned(cp)) {
                return -1;
            }
            String hex = " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            if (upper.endsWith(hex)) {
                return -1;
            }
            return cp;
        }

        /** The syllable named by leading, vowel and trailing jamo from {@code pos}; L and T may be empty. */
        private static int hangulSyllable(String name, int pos) {
            int l = longestJamo(name, pos, JAMO_L);
            pos += JAMO_L[l].length();
            int v = longestJamo(name, pos, JAMO_V);
            if (v < 0) {
                return -1;
            }
            pos += JAMO_V[v].length();
            int t = longestJamo(name, pos, JAMO_T);
            pos += JAMO_T[t].length();
            if (pos != name.length()) {
                return -1;
            }
            return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
        }

        /** The index of the longest of {@code names} at {@code pos} (the empty one matches anywhere), or -1. */
        private static int longestJamo(String s, int pos, String[] names) {
            int best = -1;
            int bestLen = -1;
            for (int i = 0; i < names.length; i++) {
                String n = names[i];
                if (n.length() > bestLen && s.startsWith(n, pos)) {
                    best = i;
                    bestLen = n.length();
                }
            }
            return best;
        }

        private static int unifiedIdeograph(String name, int pos) {
            int digits = name.length() - pos;
            if (digits != 4 && digits != 5) {
                return -1;
            }
            int v = 0;
            for (int i = pos; i < name.length(); i++) {
                char c = name.charAt(i);
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) {
                    return -1;
                }
                v = v * 16 + d;
            }
            for (int i = 0; i < UNIFIED_IDEOGRAPHS.length; i += 2) {
                if (v >= UNIFIED_IDEOGRAPHS[i] && v <= UNIFIED_IDEOGRAPHS[i + 1]) {
                    return v;
                }
            }
            return -1;
        }
    }
}
