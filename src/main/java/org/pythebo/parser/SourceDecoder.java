package org.pythebo.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes source bytes as CPython's {@code ast.parse(bytes)} does: "\r\n" and "\r" become "\n",
 * then a UTF-8 BOM, else a PEP 263 coding cookie on one of the first two lines, else UTF-8.
 *
 * <p>Without a cookie naming another codec, CPython does not decode the source up front: bytes
 * that are not valid UTF-8 only fail where a token needs decoding (comments may hold them). So
 * each such byte b becomes the lone surrogate U+DC00+b (Python's "surrogateescape"), and
 * {@link #utf8ErrorMessage(char[], int, int)} rebuilds CPython's message where one is due.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Python codec names (after CPython's normalisation) mapped to Java charsets. */
    private static final Map<String, String> CODECS = Map.ofEntries(
            Map.entry("ascii", "US-ASCII"), Map.entry("us_ascii", "US-ASCII"), Map.entry("646", "US-ASCII"),
            Map.entry("us", "US-ASCII"),
            Map.entry("utf_8", "UTF-8"), Map.entry("utf8", "UTF-8"), Map.entry("u8", "UTF-8"),
            Map.entry("utf", "UTF-8"), Map.entry("cp65001", "UTF-8"), Map.entry("utf_8_sig", "UTF-8"),
            Map.entry("latin_1", "ISO-8859-1"), Map.entry("latin1", "ISO-8859-1"), Map.entry("latin", "ISO-8859-1"),
            Map.entry("l1", "ISO-8859-1"), Map.entry("iso_8859_1", "ISO-8859-1"), Map.entry("iso8859_1", "ISO-8859-1"),
            Map.entry("8859", "ISO-8859-1"), Map.entry("cp819", "ISO-8859-1"), Map.entry("iso_ir_100", "ISO-8859-1"),
            Map.entry("iso_8859_15", "ISO-8859-15"), Map.entry("iso8859_15", "ISO-8859-15"),
            Map.entry("latin9", "ISO-8859-15"), Map.entry("latin_9", "ISO-8859-15"), Map.entry("l9", "ISO-8859-15"),
            Map.entry("iso_8859_2", "ISO-8859-2"), Map.entry("iso8859_2", "ISO-8859-2"), Map.entry("latin2", "ISO-8859-2"),
            Map.entry("iso_8859_5", "ISO-8859-5"), Map.entry("iso8859_5", "ISO-8859-5"),
            Map.entry("iso_8859_7", "ISO-8859-7"), Map.entry("iso8859_7", "ISO-8859-7"),
            Map.entry("cp1250", "windows-1250"), Map.entry("windows_1250", "windows-1250"),
            Map.entry("cp1251", "windows-1251"), Map.entry("windows_1251", "windows-1251"),
            Map.entry("cp1252", "windows-1252"), Map.entry("windows_1252", "windows-1252"),
            Map.entry("cp1253", "windows-1253"), Map.entry("cp1254", "windows-1254"),
            Map.entry("cp437", "IBM437"), Map.entry("cp850", "IBM850"),
            Map.entry("koi8_r", "KOI8-R"), Map.entry("koi8_u", "KOI8-U"),
            Map.entry("mac_roman", "x-MacRoman"), Map.entry("macroman", "x-MacRoman"),
            Map.entry("euc_jp", "EUC-JP"), Map.entry("eucjp", "EUC-JP"), Map.entry("ujis", "EUC-JP"),
            Map.entry("shift_jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"), Map.entry("s_jis", "Shift_JIS"),
            Map.entry("cp932", "windows-31j"), Map.entry("iso2022_jp", "ISO-2022-JP"),
            Map.entry("euc_kr", "EUC-KR"), Map.entry("euckr", "EUC-KR"), Map.entry("cp949", "x-windows-949"),
            Map.entry("gb2312", "GB2312"), Map.entry("gbk", "GBK"), Map.entry("gb18030", "GB18030"),
            Map.entry("big5", "Big5"), Map.entry("cp950", "x-windows-950"),
            Map.entry("utf_16", "UTF-16"), Map.entry("utf_16_le", "UTF-16LE"), Map.entry("utf_16_be", "UTF-16BE"),
            Map.entry("utf_32", "UTF-32"), Map.entry("utf_32_le", "UTF-32LE"), Map.entry("utf_32_be", "UTF-32BE"));

    public static String decode(byte[] data, String filename) throws ParseError {
        return decodeSource(data, filename, null);
    }

    /**
     * Whether CPython would know these bytes' encoding (a BOM or a coding cookie). Without one,
     * CPython's parser reports error offsets in bytes: see {@link Tokenizer#setByteOffsetErrors}.
     */
    public static boolean declaresEncoding(byte[] data) {
        boolean[] declared = new boolean[1];
        try {
            decodeSource(data, "", declared);
        } catch (ParseError e) {
            return true;
        }
        return declared[0];
    }

    private static String decodeSource(byte[] data, String filename, boolean[] declared) throws ParseError {
        for (byte b : data) {
            if (b == 0) {
                throw new ParseError(ParseError.Kind.SyntaxError, "source code string cannot contain null bytes",
                        filename, 0, 0, null, 0, 0);
            }
        }
        byte[] bytes = translateNewlines(data);
        int from = 0;
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        if (bom) {
            from = 3;
        }
        String cookie = findCookie(bytes, from);
        if (declared != null) {
            declared[0] = bom || cookie != null;
        }
        if (cookie != null && bom && !cookie.equals("utf-8")) {
            throw encodingError(filename, "encoding problem: " + cookie + " with BOM");
        }
        if (cookie == null || cookie.equals("utf-8")) {
            return decodeUtf8Lenient(bytes, from);
        }
        return decodeWith(cookie, bytes, from, filename);
    }

    /** An error about the encoding as a whole: CPython gives it line 0 and offset -1. */
    private static ParseError encodingError(String filename, String msg) {
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, 0, -1, null, 0, 0);
    }

    /**
     * CPython's translate_newlines for bytes source: "\r\n" and "\r" become "\n"; a final
     * "\r\n" also gets an extra "\n" (a quirk of CPython 3.11's loop, see Tokenizer).
     */
    private static byte[] translateNewlines(byte[] data) {
        int crs = 0;
        for (byte b : data) {
            if (b == '\r') {
                crs++;
            }
        }
        if (crs == 0) {
            return data;
        }
        byte[] out = new byte[data.length + 1];
        int n = 0;
        for (int i = 0; i < data.length; i++) {
            byte b = data[i];
            if (b == '\r') {
                out[n++] = '\n';
                if (i + 1 < data.length && data[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = b;
            }
        }
        if (data.length >= 2 && data[data.length - 2] == '\r' && data[data.length - 1] == '\n') {
            out[n++] = '\n';
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The PEP 263 cookie, as CPython's get_coding_spec finds it: in a comment that is alone on
     * line 1, or on line 2 when line 1 is blank or only a comment. Returns its normalised name.
     */
    private static String findCookie(byte[] b, int from) {
        int end1 = indexOf(b, from, (byte) '\n');
        if (end1 < 0) {
            return null;
        }
        String spec = codingSpec(b, from, end1);
        if (spec != null) {
            return spec;
        }
        for (int i = from; i < end1; i++) {
            if (b[i] == '#') {
                break;
            }
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\f') {
                return null; // line 1 holds code: line 2 is not looked at
            }
        }
        int end2 = indexOf(b, end1 + 1, (byte) '\n');
        if (end2 < 0) {
            return null;
        }
        return codingSpec(b, end1 + 1, end2 + 1);
    }

    private static int indexOf(byte[] b, int from, byte x) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** The coding spec of line [start, end), or null. */
    private static String codingSpec(byte[] b, int start, int end) {
        int size = end - start;
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = b[start + i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return null;
            }
        }
        for (; i < size - 6; i++) {
            int t = start + i;
            if (b[t] == 'c' && b[t + 1] == 'o' && b[t + 2] == 'd' && b[t + 3] == 'i' && b[t + 4] == 'n'
                    && b[t + 5] == 'g') {
                t += 6;
                if (b[t] != ':' && b[t] != '=') {
                    continue;
                }
                do {
                    t++;
                } while (t < b.length && (b[t] == ' ' || b[t] == '\t'));
                int begin = t;
                while (t < b.length && (isAsciiAlnum(b[t]) || b[t] == '-' || b[t] == '_'
                        || b[t] == '.')) {
                    t++;
                }
                if (begin < t) {
                    return normalName(new String(b, begin, t - begin, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return null;
    }

    private static boolean isAsciiAlnum(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** CPython's get_normal_name: the utf-8 and latin-1 spellings collapse to one name. */
    private static String normalName(String s) {
        String low = s.substring(0, Math.min(12, s.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (low.equals("utf-8") || low.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (low.equals("latin-1") || low.equals("iso-8859-1") || low.equals("iso-latin-1")
                || low.startsWith("latin-1-") || low.startsWith("iso-8859-1-") || low.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** Python's codec lookup normalisation: lower case, runs of other than alphanumerics and '.' become '_'. */
    private static String pythonCodecKey(String name) {
        StringBuilder sb = new StringBuilder();
        boolean pendingUnderscore = false;
        for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(ch) || ch == '.') {
                if (pendingUnderscore && !sb.isEmpty()) {
                    sb.append('_');
                }
                pendingUnderscore = false;
                sb.append(ch);
            } else {
                pendingUnderscore = true;
            }
        }
        return sb.toString();
    }

    private static String decodeWith(String cookie, byte[] bytes, int from, String filename) throws ParseError {
        String key = pythonCodecKey(cookie);
        String javaName = CODECS.get(key);
        if (javaName == null) {
            throw encodingError(filename, "unknown encoding: " + cookie);
        }
        if (javaName.equals("UTF-8")) {
            String msg = utf8ErrorMessage(bytes, from, bytes.length);
            if (msg != null) {
                throw encodingError(filename, msg);
            }
            int start = from;
            if (key.equals("utf_8_sig") && bytes.length - start >= 3 && bytes[start] == BOM[0]
                    && bytes[start + 1] == BOM[1] && bytes[start + 2] == BOM[2]) {
                start += 3;
            }
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        CharsetDecoder decoder = Charset.forName(javaName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int pos = in.position() - from;
            int bad = bytes[in.position()] & 0xFF;
            throw encodingError(filename, decodeErrorMessage(key, javaName, bad, pos));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Python's UnicodeDecodeError text for the codecs we map (the single-byte cases). */
    private static String decodeErrorMessage(String key, String javaName, int bad, int pos) {
        String at = String.format("can't decode byte 0x%02x in position %d: ", bad, pos);
        if (javaName.equals("US-ASCII")) {
            return "'ascii' codec " + at + "ordinal not in range(128)";
        }
        if (javaName.startsWith("windows-125") || javaName.startsWith("IBM") || javaName.startsWith("KOI8")
                || javaName.startsWith("x-Mac") || javaName.startsWith("ISO-8859")) {
            return "'charmap' codec " + at + "character maps to <undefined>";
        }
        return "'" + key + "' codec " + at + "illegal multibyte sequence";
    }

    /** UTF-8, with each byte that is not part of a valid sequence turned into U+DC00+byte. */
    private static String decodeUtf8Lenient(byte[] b, int from) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            // Rare: fall through to the byte-by-byte decoding below.
        }
        StringBuilder sb = new StringBuilder(b.length - from);
        int i = from;
        while (i < b.length) {
            int n = validSequenceLength(b, i, b.length);
            if (n > 0) {
                sb.append(new String(b, i, n, StandardCharsets.UTF_8));
                i += n;
            } else {
                sb.append((char) (0xDC00 + (b[i] & 0xFF)));
                i++;
            }
        }
        return sb.toString();
    }

    /** Length of the valid UTF-8 sequence at b[i] (strict: no overlongs, no surrogates), or 0. */
    private static int validSequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= end) {
                return 0;
            }
            int cc = b[i + k] & 0xFF;
            if (k == 1 ? (cc < lo || cc > hi) : (cc < 0x80 || cc > 0xBF)) {
                return 0;
            }
        }
        return need + 1;
    }

    /**
     * Python's message for decoding bytes [from, to) as UTF-8, or null if they decode:
     * e.g. "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", positions
     * counted from {@code from}.
     */
    static String utf8ErrorMessage(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int n = validSequenceLength(b, i, to);
            if (n > 0) {
                i += n;
                continue;
            }
            int c = b[i] & 0xFF;
            String reason;
            int bad = 1;
            if (c < 0xC2 || c > 0xF4) {
                reason = "invalid start byte";
            } else {
                // How many bytes after the start byte are a valid prefix?
                int need = c <= 0xDF ? 1 : c <= 0xEF ? 2 : 3;
                int ok = 0;
                while (ok < need && i + 1 + ok < to && continuationOk(c, ok, b[i + 1 + ok] & 0xFF)) {
                    ok++;
                }
                reason = i + 1 + ok >= to ? "unexpected end of data" : "invalid continuation byte";
                bad = 1 + ok;
            }
            int pos = i - from;
            if (bad == 1) {
                return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, pos, reason);
            }
            return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", pos, pos + bad - 1, reason);
        }
        return null;
    }

    private static boolean continuationOk(int start, int index, int cc) {
        if (index == 0) {
            int lo = start == 0xE0 ? 0xA0 : start == 0xF0 ? 0x90 : 0x80;
            int hi = start == 0xED ? 0x9F : start == 0xF4 ? 0x8F : 0xBF;
            return cc >= lo && cc <= hi;
        }
        return cc >= 0x80 && cc <= 0xBF;
    }

    /**
     * The UTF-8 error message for source chars [from, to) that came from undecodable bytes
     * (U+DC80..U+DCFF, see the class comment), as CPython reports when it decodes them; positions
     * are byte positions from {@code from}. For the tokenizer and the string-literal decoder.
     */
    public static String utf8ErrorMessage(char[] chars, int from, int to) {
        byte[] bytes = reencode(chars, from, to);
        String msg = utf8ErrorMessage(bytes, 0, bytes.length);
        return msg != null ? msg : "'utf-8' codec can't decode bytes";
    }

    /** The original bytes of decoded chars [from, to), undecodable bytes included. */
    private static byte[] reencode(char[] chars, int from, int to) {
        ByteBuffer out = ByteBuffer.allocate((to - from) * 4);
        for (int i = from; i < to; i++) {
            char ch = chars[i];
            if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                out.put(new String(chars, i, 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (ch >= 0xDC80 && ch <= 0xDCFF) {
                out.put((byte) (ch - 0xDC00));
            } else {
                out.put(String.valueOf(ch).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] result = new byte[out.position()];
        out.flip();
        out.get(result);
        return result;
    }
}
