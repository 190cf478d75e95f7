package org.pythebo.runtime.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.ucd.UnicodeData;

/**
 * The escape codecs: unicode_escape (a str as the body of a Python literal, latin-1 for the
 * bytes that are not escapes), raw_unicode_escape (only {@code \\u} and {@code \\U} escapes),
 * and escape_encode/escape_decode (bytes to and from the body of a bytes literal).
 */
public final class EscapeCodecs {
    private EscapeCodecs() {}

    // ---- unicode_escape ----

    public static byte[] unicodeEscapeEncode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (cp < 0x20 || cp >= 0x7f) {
                        ErrorHandlers.appendBackslashEscape(sb, cp);
                    } else {
                        sb.append((char) cp);
                    }
                }
            }
        }
        return Codecs.latin1(sb.toString());
    }

    /**
     * unicode_escape's decoder. An escape Python does not know ({@code \\q}) or an octal one above
     * 0o377 is kept, and the first of them is reported to {@code invalidEscape} (as CPython's
     * DeprecationWarning text) once decoding has succeeded.
     */
    public static Decoded unicodeEscapeDecode(byte[] b, String errors, boolean last, Consumer<String> invalidEscape) {
        String firstInvalid = null;
        DecodeCall call = new DecodeCall("unicodeescape", b, errors);
        StringBuilder out = call.out;
        int i = 0;
        while (i < call.input.length) {
            byte[] in = call.input;
            int n = in.length;
            int c = in[i] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                if (!last) {
                    break;
                }
                i = call.handle("\\ at end of string", start, n);
                continue;
            }
            int e = in[i + 1] & 0xff;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && in[i] >= '0' && in[i] <= '7'; k++) {
                        value = value * 8 + in[i++] - '0';
                    }
                    if (value > 0377 && firstInvalid == null) {
                        firstInvalid = invalidOctal(in, start);
                    }
                    out.append((char) value);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    int next = hexEscape(call, start, i, digits, last, "truncated " + what + " escape",
                            "illegal Unicode character");
                    if (next < 0) {
                        return new Decoded(call.result(), start);
                    }
                    i = next;
                }
                case 'N' -> {
                    int next = nameEscape(call, start, last);
                    if (next < 0) {
                        return new Decoded(call.result(), start);
                    }
                    i = next;
                }
                default -> {
                    if (firstInvalid == null) {
                        firstInvalid = invalidEscape(e);
                    }
                    out.append('\\').append((char) e);
                }
            }
        }
        Decoded result = new Decoded(call.result(), i);
        if (firstInvalid != null) {
            invalidEscape.accept(firstInvalid);
        }
        return result;
    }

    private static String invalidEscape(int c) {
        return "invalid escape sequence '\\" + (char) c + "'";
    }

    private static String invalidOctal(byte[] in, int backslash) {
        return "invalid octal escape sequence '\\" + new String(in, backslash + 1, 3, StandardCharsets.ISO_8859_1) + "'";
    }

    /**
     * The hex digits of a {@code \\x}, {@code \\u} or {@code \\U} escape whose digits start at
     * {@code from}: appends the character and returns where decoding goes on, or -1 when the
     * input ends inside the escape and more may come.
     */
    private static int hexEscape(DecodeCall call, int start, int from, int digits, boolean last, String truncated,
            String outOfRange) {
        byte[] in = call.input;
        int value = 0;
        int i = from;
        for (int k = 0; k < digits; k++, i++) {
            if (i >= in.length) {
                if (!last) {
                    return -1;
                }
                return call.handle(truncated, start, in.length);
            }
            int d = Character.digit(in[i] & 0xff, 16);
            if (d < 0) {
                return call.handle(truncated, start, i);
            }
            value = value << 4 | d;
        }
        if (Integer.compareUnsigned(value, 0x10ffff) > 0) {
            return call.handle(outOfRange, start, i);
        }
        call.out.appendCodePoint(value);
        return i;
    }

    /** A {@code \N{name}} escape at {@code start}: as {@link #hexEscape}. */
    private static int nameEscape(DecodeCall call, int start, boolean last) {
        byte[] in = call.input;
        int n = in.length;
        int open = start + 2;
        if (open >= n) {
            return last ? call.handle("malformed \\N character escape", start, n) : -1;
        }
        if (in[open] != '{') {
            return call.handle("malformed \\N character escape", start, open);
        }
        int close = open + 1;
        while (close < n && in[close] != '}') {
            close++;
        }
        if (close >= n) {
            return last ? call.handle("malformed \\N character escape", start, n) : -1;
        }
        if (close == open + 1) {
            return call.handle("malformed \\N character escape", start, close);
        }
        String name = new String(in, open + 1, close - open - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        int cp = UnicodeData.latest().codePointOf(name);
        if (cp < 0) {
            return call.handle("unknown Unicode character name", start, close + 1);
        }
        call.out.appendCodePoint(cp);
        return close + 1;
    }

    // ---- raw_unicode_escape ----

    public static byte[] rawUnicodeEscapeEncode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x100) {
                sb.append((char) cp);
            } else {
                ErrorHandlers.appendBackslashEscape(sb, cp);
            }
        }
        return Codecs.latin1(sb.toString());
    }

    public static Decoded rawUnicodeEscapeDecode(byte[] b, String errors, boolean last) {
        DecodeCall call = new DecodeCall("rawunicodeescape", b, errors);
        StringBuilder out = call.out;
        int i = 0;
        while (i < call.input.length) {
            byte[] in = call.input;
            int n = in.length;
            int c = in[i] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                if (!last) {
                    break;
                }
                out.append('\\');
                i++;
                continue;
            }
            int e = in[i + 1] & 0xff;
            if (e == '\\') {
                out.append("\\\\");
                i += 2;
            } else if (e == 'u' || e == 'U') {
                int next = hexEscape(call, i, i + 2, e == 'u' ? 4 : 8, last,
                        e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape",
                        "\\Uxxxxxxxx out of range");
                if (next < 0) {
                    return new Decoded(call.result(), i);
                }
                i = next;
            } else {
                out.append('\\');
                i++;
            }
        }
        return new Decoded(call.result(), i);
    }

    // ---- escape_encode / escape_decode (bytes) ----

    public static byte[] escapeEncode(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 16);
        for (byte x : b) {
            int c = x & 0xff;
            switch (c) {
                case '\\' -> out.writeBytes(new byte[] {'\\', '\\'});
                case '\'' -> out.writeBytes(new byte[] {'\\', '\''});
                case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
                case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
                case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        StringBuilder sb = new StringBuilder(4).append("\\x");
                        ErrorHandlers.appendHex(sb, c, 2);
                        out.writeBytes(Codecs.latin1(sb.toString()));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** escape_decode: errors may be strict, ignore or replace; any other name fails at the first error. */
    public static byte[] escapeDecode(byte[] b, String errors, Consumer<String> invalidEscape) {
        String firstInvalid = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                throw PyException.valueError("Trailing \\ in string");
            }
            int e = b[i + 1] & 0xff;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                        value = value * 8 + b[i++] - '0';
                    }
                    if (value > 0377 && firstInvalid == null) {
                        firstInvalid = invalidOctal(b, start);
                    }
                    out.write(value & 0xff);
                }
                case 'x' -> {
                    int hi = i < n ? Character.digit(b[i] & 0xff, 16) : -1;
                    int lo = i + 1 < n ? Character.digit(b[i + 1] & 0xff, 16) : -1;
                    if (hi >= 0 && lo >= 0 && b[i] > 0 && b[i + 1] > 0) {
                        out.write(hi << 4 | lo);
                        i += 2;
                        break;
                    }
                    switch (errors == null ? "strict" : errors) {
                        case "strict" -> throw PyException.valueError("invalid \\x escape at position " + start);
                        case "replace" -> out.write('?');
                        case "ignore" -> { }
                        default -> throw PyException.valueError("decoding error; unknown error handling code: "
                                + errors);
                    }
                    i = Math.min(i + (hi >= 0 && b[i] > 0 ? 1 : 0), n);
                }
                default -> {
                    if (firstInvalid == null) {
                        firstInvalid = invalidEscape(e);
                    }
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        if (firstInvalid != null) {
            invalidEscape.accept(firstInvalid);
        }
        return out.toByteArray();
    }
}
