package org.pythebo.runtime.text;

import java.io.ByteArrayOutputStream;

import org.pythebo.runtime.bytes.BytesMethods;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;

/**
 * The built-in text codecs of str.encode and bytes.decode: utf-8 (and utf-8-sig), ascii,
 * latin-1, utf-16 and utf-32 (with or without BOM, either byte order) and cp1252, with the
 * standard error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
 * namereplace, surrogateescape, surrogatepass) and CPython's UnicodeError messages.
 *
 * <p>A str is a Java String whose surrogate pairs are one code point, so error positions count
 * code points; a lone surrogate is a str character of its own (as surrogateescape produces).
 */
public final class Codecs {
    private Codecs() {}

    private enum Codec {
        UTF_8("utf-8"), UTF_8_SIG("utf-8"), ASCII("ascii"), LATIN_1("latin-1"), CP1252("charmap"),
        UTF_16("utf-16"), UTF_16_LE("utf-16-le"), UTF_16_BE("utf-16-be"),
        UTF_32("utf-32"), UTF_32_LE("utf-32-le"), UTF_32_BE("utf-32-be");

        /** The name CPython's error messages give. */
        final String label;

        Codec(String label) {
            this.label = label;
        }
    }

    /** The codec an encoding name denotes (CPython's normalisation and aliases), or LookupError. */
    private static Codec lookup(String encoding, boolean encoding_) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> Codec.UTF_8;
            case "utf_8_sig", "utf8_sig" -> Codec.UTF_8_SIG;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                 "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                 "ibm819", "csisolatin1", "iso_8859_1_1987" -> Codec.LATIN_1;
            case "cp1252", "windows_1252", "1252" -> Codec.CP1252;
            case "utf_16", "utf16", "u16" -> Codec.UTF_16;
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> Codec.UTF_16_LE;
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> Codec.UTF_16_BE;
            case "utf_32", "utf32", "u32" -> Codec.UTF_32;
            case "utf_32_le", "utf_32le" -> Codec.UTF_32_LE;
            case "utf_32_be", "utf_32be" -> Codec.UTF_32_BE;
            case "rot13", "rot_13", "hex", "hex_codec", "base64", "base_64", "base64_codec", "zlib", "zip",
                 "zlib_codec", "bz2", "bz2_codec", "quopri", "quotedprintable", "quoted_printable", "quopri_codec",
                 "uu", "uu_codec" -> throw PyException.of(Exc.LookupError, "'" + encoding
                    + "' is not a text encoding; use codecs." + (encoding_ ? "encode" : "decode")
                    + "() to handle arbitrary codecs");
            default -> throw PyException.of(Exc.LookupError, "unknown encoding: " + encoding);
        };
    }

    /** A str argument (encoding, errors) with CPython's TypeError naming the function. */
    public static String stringArg(Object o, String function, String param) {
        if (o instanceof String s) {
            return s;
        }
        throw PyException.typeError(function + "() argument '" + param + "' must be str, not " + Ops.typeName(o));
    }

    /** The bytes of a str known to hold only characters below 256. */
    public static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    // ---- the Python entry points ----

    /** {@code str.encode(encoding, errors)}. */
    public static Object encodeMethod(String s, Object encoding, Object errors) {
        return PyBytes.of(encode(s, stringArg(encoding, "encode", "encoding"), stringArg(errors, "encode", "errors")));
    }

    /** {@code str(object, encoding, errors)} with an encoding or errors given (either may be null). */
    public static Object decodeToStr(Object object, Object encoding, Object errors) {
        String enc = encoding == null ? "utf-8" : stringArg(encoding, "str", "encoding");
        String err = errors == null ? "strict" : stringArg(errors, "str", "errors");
        if (object == null) {
            return "";
        }
        if (object instanceof String) {
            throw PyException.typeError("decoding str is not supported");
        }
        byte[] b = BytesMethods.buffer(object);
        if (b == null) {
            throw PyException.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(object) + " found");
        }
        return decode(b, enc, err);
    }

    // ---- encoding ----

    public static byte[] encode(String s, String encoding, String errors) {
        Codec codec = lookup(encoding, true);
        if ((codec == Codec.UTF_8 || codec == Codec.ASCII || codec == Codec.LATIN_1 || codec == Codec.CP1252)
                && isAscii(s)) {
            return latin1(s);
        }
        int[] cps = s.codePoints().toArray();
        Encoder out = new Encoder(codec, s, cps, errors);
        switch (codec) {
            case UTF_8_SIG -> {
                out.write(0xef);
                out.write(0xbb);
                out.write(0xbf);
            }
            case UTF_16 -> out.unit16(0xfeff);
            case UTF_32 -> out.unit32(0xfeff);
            default -> { }
        }
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (out.encodable(cp)) {
                out.put(cp);
                i++;
                continue;
            }
            int end = i + 1;
            // The byte codecs report a run of unencodable characters; utf-8 a run of surrogates.
            if (codec != Codec.UTF_16 && codec != Codec.UTF_16_LE && codec != Codec.UTF_16_BE
                    && codec != Codec.UTF_32 && codec != Codec.UTF_32_LE && codec != Codec.UTF_32_BE) {
                while (end < cps.length && !out.encodable(cps[end])) {
                    end++;
                }
            }
            out.handleError(i, end);
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static final class Encoder extends ByteArrayOutputStream {
        final Codec codec;
        final String str;
        final int[] cps;
        final String errors;

        Encoder(Codec codec, String str, int[] cps, String errors) {
            super(cps.length + 8);
            this.codec = codec;
            this.str = str;
            this.cps = cps;
            this.errors = errors;
        }

        boolean encodable(int cp) {
            return switch (codec) {
                case ASCII -> cp < 0x80;
                case LATIN_1 -> cp < 0x100;
                case CP1252 -> cp1252Byte(cp) >= 0;
                default -> cp < 0xd800 || cp > 0xdfff;
            };
        }

        void put(int cp) {
            switch (codec) {
                case ASCII, LATIN_1 -> write(cp);
                case CP1252 -> write(cp1252Byte(cp));
                case UTF_8, UTF_8_SIG -> utf8(cp);
                case UTF_16, UTF_16_LE, UTF_16_BE -> {
                    if (cp >= 0x10000) {
                        unit16(Character.highSurrogate(cp));
                        unit16(Character.lowSurrogate(cp));
                    } else {
                        unit16(cp);
                    }
                }
                default -> unit32(cp);
            }
        }

        void utf8(int cp) {
            if (cp < 0x80) {
                write(cp);
            } else if (cp < 0x800) {
                write(0xc0 | cp >> 6);
                write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                write(0xe0 | cp >> 12);
                write(0x80 | cp >> 6 & 0x3f);
                write(0x80 | cp & 0x3f);
            } else {
                write(0xf0 | cp >> 18);
                write(0x80 | cp >> 12 & 0x3f);
                write(0x80 | cp >> 6 & 0x3f);
                write(0x80 | cp & 0x3f);
            }
        }

        void unit16(int u) {
            if (codec == Codec.UTF_16_BE) {
                write(u >> 8);
                write(u & 0xff);
            } else {
                write(u & 0xff);
                write(u >> 8);
            }
        }

        void unit32(int u) {
            if (codec == Codec.UTF_32_BE) {
                write(u >>> 24);
                write(u >> 16 & 0xff);
                write(u >> 8 & 0xff);
                write(u & 0xff);
            } else {
                write(u & 0xff);
                write(u >> 8 & 0xff);
                write(u >> 16 & 0xff);
                write(u >>> 24);
            }
        }

        /** Applies the error handler to the unencodable code points [start, end). */
        void handleError(int start, int end) {
            switch (errors) {
                case "strict" -> throw error(start, end);
                case "ignore" -> { }
                case "replace" -> {
                    for (int k = start; k < end; k++) {
                        putAscii("?");
                    }
                }
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        putAscii(backslashEscape(cps[k]));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = start; k < end; k++) {
                        putAscii("&#" + cps[k] + ";");
                    }
                }
                case "namereplace" -> {
                    for (int k = start; k < end; k++) {
                        String name = Character.isSurrogate((char) cps[k]) && cps[k] < 0x10000 ? null
                                : Character.getName(cps[k]);
                        putAscii(name == null ? backslashEscape(cps[k]) : "\\N{" + name + "}");
                    }
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw error(start, end);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        write(cps[k] - 0xdc00);
                    }
                }
                case "surrogatepass" -> {
                    if (codec == Codec.ASCII || codec == Codec.LATIN_1 || codec == Codec.CP1252) {
                        throw error(start, end);
                    }
                    for (int k = start; k < end; k++) {
                        if (cps[k] < 0xd800 || cps[k] > 0xdfff) {
                            throw error(start, end);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        switch (codec) {
                            case UTF_8, UTF_8_SIG -> utf8(cps[k]);
                            case UTF_16, UTF_16_LE, UTF_16_BE -> unit16(cps[k]);
                            default -> unit32(cps[k]);
                        }
                    }
                }
                default -> throw PyException.of(Exc.LookupError, "unknown error handler name '" + errors + "'");
            }
        }

        void putAscii(String r) {
            for (int k = 0; k < r.length(); k++) {
                put(r.charAt(k));
            }
        }

        PyException error(int start, int end) {
            String reason = switch (codec) {
                case ASCII -> "ordinal not in range(128)";
                case LATIN_1 -> "ordinal not in range(256)";
                case CP1252 -> "character maps to <undefined>";
                default -> "surrogates not allowed";
            };
            return unicodeError(Exc.UnicodeEncodeError, codec.label, str, start, end, reason);
        }
    }

    private static String backslashEscape(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    // ---- cp1252 ----

    /** The code points of bytes 0x80-0x9f in cp1252 (-1: undefined); other bytes map to themselves. */
    private static final int[] CP1252_HIGH = {
        0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
        -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
    };

    private static int cp1252Byte(int cp) {
        if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) {
            return cp;
        }
        for (int i = 0; i < CP1252_HIGH.length; i++) {
            if (CP1252_HIGH[i] == cp) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    // ---- decoding ----

    public static String decode(byte[] b, String encoding, String errors) {
        Codec codec = lookup(encoding, false);
        switch (codec) {
            case UTF_8, ASCII, LATIN_1 -> {
                if (allAscii(b) || codec == Codec.LATIN_1) {
                    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
                }
            }
            default -> { }
        }
        Decoder d = new Decoder(codec, b, errors);
        switch (codec) {
            case UTF_8 -> d.utf8(0);
            case UTF_8_SIG -> d.utf8(b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb
                    && (b[2] & 0xff) == 0xbf ? 3 : 0);
            case ASCII -> d.ascii();
            case CP1252 -> d.cp1252();
            case UTF_16, UTF_16_LE, UTF_16_BE -> d.utf16();
            default -> d.utf32();
        }
        return d.out.toString();
    }

    private static boolean allAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static final class Decoder {
        Codec codec;
        final byte[] b;
        final String errors;
        final StringBuilder out;

        Decoder(Codec codec, byte[] b, String errors) {
            this.codec = codec;
            this.b = b;
            this.errors = errors;
            this.out = new StringBuilder(b.length);
        }

        int at(int i) {
            return b[i] & 0xff;
        }

        static boolean cont(int c) {
            return (c & 0xc0) == 0x80;
        }

        void utf8(int from) {
            int i = from;
            int n = b.length;
            while (i < n) {
                int c = at(i);
                if (c < 0x80) {
                    out.append((char) c);
                    i++;
                    continue;
                }
                // CPython's error ranges: the maximal invalid prefix, as its UTF-8 decoder reports it.
                if (c < 0xc2) {
                    i = handle(i, i + 1, "invalid start byte");
                } else if (c < 0xe0) {
                    if (n - i < 2) {
                        i = handle(i, n, "unexpected end of data");
                    } else if (!cont(at(i + 1))) {
                        i = handle(i, i + 1, "invalid continuation byte");
                    } else {
                        out.append((char) ((c & 0x1f) << 6 | at(i + 1) & 0x3f));
                        i += 2;
                    }
                } else if (c < 0xf0) {
                    int bad = 0;
                    if (n - i >= 2) {
                        int c2 = at(i + 1);
                        if (!cont(c2) || (c == 0xe0 && c2 < 0xa0) || (c == 0xed && c2 >= 0xa0)) {
                            bad = 1;
                        } else if (n - i >= 3 && !cont(at(i + 2))) {
                            bad = 2;
                        }
                    }
                    if (bad > 0) {
                        i = handle(i, i + bad, "invalid continuation byte");
                    } else if (n - i < 3) {
                        i = handle(i, n, "unexpected end of data");
                    } else {
                        out.append((char) ((c & 0x0f) << 12 | (at(i + 1) & 0x3f) << 6 | at(i + 2) & 0x3f));
                        i += 3;
                    }
                } else if (c < 0xf5) {
                    int bad = 0;
                    if (n - i >= 2) {
                        int c2 = at(i + 1);
                        if (!cont(c2) || (c == 0xf0 && c2 < 0x90) || (c == 0xf4 && c2 >= 0x90)) {
                            bad = 1;
                        } else if (n - i >= 3 && !cont(at(i + 2))) {
                            bad = 2;
                        } else if (n - i >= 4 && !cont(at(i + 3))) {
                            bad = 3;
                        }
                    }
                    if (bad > 0) {
                        i = handle(i, i + bad, "invalid continuation byte");
                    } else if (n - i < 4) {
                        i = handle(i, n, "unexpected end of data");
                    } else {
                        out.appendCodePoint((c & 0x07) << 18 | (at(i + 1) & 0x3f) << 12 | (at(i + 2) & 0x3f) << 6
                                | at(i + 3) & 0x3f);
                        i += 4;
                    }
                } else {
                    i = handle(i, i + 1, "invalid start byte");
                }
            }
        }

        void ascii() {
            int i = 0;
            while (i < b.length) {
                int c = at(i);
                if (c < 0x80) {
                    out.append((char) c);
                    i++;
                } else {
                    i = handle(i, i + 1, "ordinal not in range(128)");
                }
            }
        }

        void cp1252() {
            int i = 0;
            while (i < b.length) {
                int c = at(i);
                int cp = c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c;
                if (cp >= 0) {
                    out.append((char) cp);
                    i++;
                } else {
                    i = handle(i, i + 1, "character maps to <undefined>");
                }
            }
        }

        void utf16() {
            int n = b.length;
            int i = 0;
            if (codec == Codec.UTF_16) {
                codec = Codec.UTF_16_LE;
                if (n >= 2 && at(0) == 0xfe && at(1) == 0xff) {
                    codec = Codec.UTF_16_BE;
                    i = 2;
                } else if (n >= 2 && at(0) == 0xff && at(1) == 0xfe) {
                    i = 2;
                }
            }
            boolean be = codec == Codec.UTF_16_BE;
            while (i + 1 < n) {
                int u = be ? at(i) << 8 | at(i + 1) : at(i + 1) << 8 | at(i);
                if (u < 0xd800 || u > 0xdfff) {
                    out.append((char) u);
                    i += 2;
                } else if (u >= 0xdc00) {
                    i = handle(i, i + 2, "illegal encoding");
                } else if (i + 3 >= n) {
                    i = handle(i, n, "unexpected end of data");
                } else {
                    int u2 = be ? at(i + 2) << 8 | at(i + 3) : at(i + 3) << 8 | at(i + 2);
                    if (u2 < 0xdc00 || u2 > 0xdfff) {
                        i = handle(i, i + 2, "illegal UTF-16 surrogate");
                    } else {
                        out.append((char) u).append((char) u2);
                        i += 4;
                    }
                }
            }
            if (i < n) {
                handle(i, n, "truncated data");
            }
        }

        void utf32() {
            int n = b.length;
            int i = 0;
            if (codec == Codec.UTF_32) {
                codec = Codec.UTF_32_LE;
                if (n >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xfe && at(3) == 0xff) {
                    codec = Codec.UTF_32_BE;
                    i = 4;
                } else if (n >= 4 && at(0) == 0xff && at(1) == 0xfe && at(2) == 0 && at(3) == 0) {
                    i = 4;
                }
            }
            boolean be = codec == Codec.UTF_32_BE;
            while (i + 3 < n) {
                long u = be ? (long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3)
                        : (long) at(i + 3) << 24 | at(i + 2) << 16 | at(i + 1) << 8 | at(i);
                if (u > 0x10ffff) {
                    i = handle(i, i + 4, "code point not in range(0x110000)");
                } else if (u >= 0xd800 && u <= 0xdfff) {
                    i = handle(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    out.appendCodePoint((int) u);
                    i += 4;
                }
            }
            if (i < n) {
                handle(i, n, "truncated data");
            }
        }

        /** Applies the error handler to the bytes [start, end); returns where decoding resumes. */
        int handle(int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw error(start, end, reason);
                case "ignore" -> {
                    return end;
                }
                case "replace" -> {
                    out.append('\ufffd');
                    return end;
                }
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        out.append(String.format("\\x%02x", at(k)));
                    }
                    return end;
                }
                case "surrogateescape" -> {
                    int k = start;
                    while (k < end && k - start < 4 && at(k) >= 0x80) {
                        out.append((char) (0xdc00 + at(k)));
                        k++;
                    }
                    if (k == start) {
                        throw error(start, end, reason);
                    }
                    return k;
                }
                case "surrogatepass" -> {
                    return surrogatePass(start, end, reason);
                }
                case "xmlcharrefreplace", "namereplace" ->
                    throw PyException.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> throw PyException.of(Exc.LookupError, "unknown error handler name '" + errors + "'");
            }
        }

        /** surrogatepass: a surrogate encoded as the codec would encode any other code point. */
        int surrogatePass(int start, int end, String reason) {
            int n = b.length;
            switch (codec) {
                case UTF_8, UTF_8_SIG -> {
                    if (n - start >= 3 && at(start) == 0xed && (at(start + 1) & 0xe0) == 0xa0 && cont(at(start + 2))) {
                        out.append((char) (0xd000 | (at(start + 1) & 0x3f) << 6 | at(start + 2) & 0x3f));
                        return start + 3;
                    }
                }
                case UTF_16_LE, UTF_16_BE -> {
                    if (n - start >= 2) {
                        int u = codec == Codec.UTF_16_BE ? at(start) << 8 | at(start + 1)
                                : at(start + 1) << 8 | at(start);
                        if (u >= 0xd800 && u <= 0xdfff) {
                            out.append((char) u);
                            return start + 2;
                        }
                    }
                }
                case UTF_32_LE, UTF_32_BE -> {
                    if (n - start >= 4) {
                        long u = codec == Codec.UTF_32_BE
                                ? (long) at(start) << 24 | at(start + 1) << 16 | at(start + 2) << 8 | at(start + 3)
                                : (long) at(start + 3) << 24 | at(start + 2) << 16 | at(start + 1) << 8 | at(start);
                        if (u >= 0xd800 && u <= 0xdfff) {
                            out.append((char) u);
                            return start + 4;
                        }
                    }
                }
                default -> { }
            }
            throw error(start, end, reason);
        }

        PyException error(int start, int end, String reason) {
            return unicodeError(Exc.UnicodeDecodeError, codec.label, PyBytes.of(b), start, end, reason);
        }
    }

    /** A UnicodeEncodeError or UnicodeDecodeError with CPython's arguments (encoding, object, start, end, reason). */
    static PyException unicodeError(PyType type, String encoding, Object object, int start, int end, String reason) {
        return new PyException(new PyBaseException(type, PyTuple.of(encoding, object, (long) start, (long) end, reason)));
    }
}
