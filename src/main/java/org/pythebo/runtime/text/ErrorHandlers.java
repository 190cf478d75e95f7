package org.pythebo.runtime.text;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyBaseException;
import org.pythebo.runtime.exceptions.PyBaseException.UnicodeErrorAttrs;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exposure.Exposer;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.ucd.UnicodeData;

/**
 * The standard codec error handlers. The codecs apply the common ones inline, by name, as CPython's
 * do ({@link Mode}); the functions here are what {@code codecs.lookup_error} returns for them
 * ({@code codecs.strict_errors}, ...), which work on the exception object: a codec written in
 * Python calls them, and the Java codecs call them for the handlers they do not apply inline.
 */
public final class ErrorHandlers {
    private ErrorHandlers() {}

    /** How a codec treats the {@code errors} name it was given (CPython's _Py_error_handler). */
    public enum Mode {
        STRICT, IGNORE, REPLACE, BACKSLASHREPLACE, XMLCHARREFREPLACE, NAMEREPLACE, SURROGATEESCAPE, SURROGATEPASS,
        /** Any other name: the registered handler, looked up at the first error. */
        OTHER;

        /** The mode of {@code errors}; null means strict. */
        public static Mode of(String errors) {
            if (errors == null) {
                return STRICT;
            }
            return switch (errors) {
                case "strict" -> STRICT;
                case "ignore" -> IGNORE;
                case "replace" -> REPLACE;
                case "backslashreplace" -> BACKSLASHREPLACE;
                case "xmlcharrefreplace" -> XMLCHARREFREPLACE;
                case "namereplace" -> NAMEREPLACE;
                case "surrogateescape" -> SURROGATEESCAPE;
                case "surrogatepass" -> SURROGATEPASS;
                default -> OTHER;
            };
        }
    }

    /** The functions registered under the standard names, new for each interpreter's registry. */
    static Map<String, Object> standardHandlers() {
        Map<String, Object> functions = Exposer.unboundFunctions(ErrorHandlers.class);
        Map<String, Object> byName = new LinkedHashMap<>();
        for (String name : new String[] {"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
            "namereplace"}) {
            byName.put(name, functions.get(name + "_errors"));
        }
        byName.put("surrogateescape", functions.get("surrogateescape"));
        byName.put("surrogatepass", functions.get("surrogatepass"));
        return byName;
    }

    // ---- the replacements, shared by the inline handlers and the functions ----

    /** backslashreplace of code points: backslash, then x and 2, u and 4 or U and 8 hex digits each. */
    static String backslashEscapes(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder((end - start) * 6);
        for (int k = start; k < end; k++) {
            appendBackslashEscape(sb, cps[k]);
        }
        return sb.toString();
    }

    static void appendBackslashEscape(StringBuilder sb, int cp) {
        if (cp < 0x100) {
            sb.append("\\x");
            appendHex(sb, cp, 2);
        } else if (cp < 0x10000) {
            sb.append("\\u");
            appendHex(sb, cp, 4);
        } else {
            sb.append("\\U");
            appendHex(sb, cp, 8);
        }
    }

    /** {@code value} as {@code digits} lower-case hex digits. */
    static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(Character.forDigit(value >>> shift & 0xf, 16));
        }
    }

    /** backslashreplace of bytes: {@code \xNN} each. */
    static String backslashEscapes(byte[] b, int start, int end) {
        StringBuilder sb = new StringBuilder((end - start) * 4);
        for (int k = start; k < end; k++) {
            sb.append("\\x");
            appendHex(sb, b[k] & 0xff, 2);
        }
        return sb.toString();
    }

    /** xmlcharrefreplace: {@code &#N;} each. */
    static String xmlCharRefs(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder((end - start) * 8);
        for (int k = start; k < end; k++) {
            sb.append("&#").append(cps[k]).append(';');
        }
        return sb.toString();
    }

    /** namereplace: {@code \N{NAME}}, or the backslash escape of a character without a name. */
    static String nameEscapes(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder((end - start) * 24);
        UnicodeData db = UnicodeData.latest();
        for (int k = start; k < end; k++) {
            String name = db.name(cps[k]);
            if (name == null) {
                appendBackslashEscape(sb, cps[k]);
            } else {
                sb.append("\\N{").append(name).append('}');
            }
        }
        return sb.toString();
    }

    /** surrogatepass's encodings that it understands, from the exception's encoding name. */
    enum Utf { UTF8, UTF16LE, UTF16BE, UTF32LE, UTF32BE }

    /**
     * The UTF encoding that surrogatepass writes surrogates in, from a codec's name ("utf-8",
     * "UTF_16LE", "utf-32-be", "utf16"; without a byte order, the machine's, little-endian), or
     * null for any other codec.
     */
    static Utf utfOf(String encoding) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT);
        if (!n.startsWith("utf")) {
            return null;
        }
        int i = 3;
        if (i < n.length() && (n.charAt(i) == '-' || n.charAt(i) == '_')) {
            i++;
        }
        String rest = n.substring(i);
        if (rest.equals("8")) {
            return Utf.UTF8;
        }
        boolean wide16 = rest.startsWith("16");
        if (!wide16 && !rest.startsWith("32")) {
            return null;
        }
        String order = rest.substring(2);
        if (!order.isEmpty() && (order.charAt(0) == '-' || order.charAt(0) == '_')) {
            order = order.substring(1);
        }
        return switch (order) {
            case "" , "le" -> wide16 ? Utf.UTF16LE : Utf.UTF32LE;
            case "be" -> wide16 ? Utf.UTF16BE : Utf.UTF32BE;
            default -> null;
        };
    }

    /** The bytes surrogatepass writes for a surrogate in {@code utf}. */
    static void putSurrogate(byte[] out, int at, Utf utf, int cp) {
        switch (utf) {
            case UTF8 -> {
                out[at] = (byte) (0xe0 | cp >> 12);
                out[at + 1] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[at + 2] = (byte) (0x80 | cp & 0x3f);
            }
            case UTF16LE -> {
                out[at] = (byte) cp;
                out[at + 1] = (byte) (cp >> 8);
            }
            case UTF16BE -> {
                out[at] = (byte) (cp >> 8);
                out[at + 1] = (byte) cp;
            }
            case UTF32LE -> {
                out[at] = (byte) cp;
                out[at + 1] = (byte) (cp >> 8);
                out[at + 2] = 0;
                out[at + 3] = 0;
            }
            case UTF32BE -> {
                out[at] = 0;
                out[at + 1] = 0;
                out[at + 2] = (byte) (cp >> 8);
                out[at + 3] = (byte) cp;
            }
        }
    }

    static int unitSize(Utf utf) {
        return switch (utf) {
            case UTF8 -> 3;
            case UTF16LE, UTF16BE -> 2;
            case UTF32LE, UTF32BE -> 4;
        };
    }

    /**
     * The surrogate that surrogatepass reads at {@code b[at..]} in {@code utf}, or -1 when the
     * bytes there are not one.
     */
    static int readSurrogate(byte[] b, int at, Utf utf) {
        int n = b.length - at;
        int cp;
        switch (utf) {
            case UTF8 -> {
                if (n < 3 || (b[at] & 0xf0) != 0xe0 || (b[at + 1] & 0xc0) != 0x80 || (b[at + 2] & 0xc0) != 0x80) {
                    return -1;
                }
                cp = (b[at] & 0x0f) << 12 | (b[at + 1] & 0x3f) << 6 | b[at + 2] & 0x3f;
            }
            case UTF16LE -> cp = n < 2 ? -1 : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
            case UTF16BE -> cp = n < 2 ? -1 : (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
            case UTF32LE -> cp = n < 4 ? -1
                    : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
            default -> cp = n < 4 ? -1
                    : (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
        }
        return cp >= 0xd800 && cp <= 0xdfff ? cp : -1;
    }

    // ---- the functions ----

    /** What kind of UnicodeError an error handler was given; TypeError for anything else. */
    private enum Kind { ENCODE, DECODE, TRANSLATE }

    private static Kind kind(Object exc) {
        if (exc instanceof PyBaseException e) {
            if (e.type().isSubtypeOf(Exc.UnicodeEncodeError)) {
                return Kind.ENCODE;
            }
            if (e.type().isSubtypeOf(Exc.UnicodeDecodeError)) {
                return Kind.DECODE;
            }
            if (e.type().isSubtypeOf(Exc.UnicodeTranslateError)) {
                return Kind.TRANSLATE;
            }
        }
        return null;
    }

    private static PyException cannotHandle(Object exc) {
        return PyException.typeError("don't know how to handle " + Ops.typeName(exc) + " in error callback");
    }

    /** The exception's str object, as its C accessor checks it. */
    private static String strObject(PyBaseException e) {
        Object o = UnicodeErrorAttrs.object(e);
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof org.pythebo.runtime.objects.PyValueInstance v && v.value instanceof String s) {
            return s;
        }
        throw PyException.typeError("object attribute must be unicode");
    }

    private static byte[] bytesObject(PyBaseException e) {
        if (UnicodeErrorAttrs.object(e) instanceof PyBytes b) {
            return b.value();
        }
        throw PyException.typeError("object attribute must be bytes");
    }

    private static long attrIndex(PyBaseException e, Object v, String name) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PyException.typeError(name + " attribute must be int");
    }

    /** The exception's start, clamped into its object as CPython's accessor clamps it. */
    private static int start(PyBaseException e, int length) {
        long start = attrIndex(e, UnicodeErrorAttrs.start(e), "start");
        if (start < 0) {
            start = 0;
        }
        if (start >= length) {
            start = Math.max(length - 1, 0);
        }
        return (int) start;
    }

    /** The exception's end, clamped to 1..length as CPython's accessor clamps it. */
    private static int end(PyBaseException e, int length) {
        long end = attrIndex(e, UnicodeErrorAttrs.end(e), "end");
        if (end < 1) {
            end = 1;
        }
        if (end > length) {
            end = length;
        }
        return (int) end;
    }

    /** The code points of an encode or translate error's object, and the clamped range. */
    private record CodePoints(int[] cps, int start, int end) {}

    private static CodePoints codePoints(PyBaseException e) {
        String s = strObject(e);
        int[] cps = s.codePoints().toArray();
        int start = start(e, cps.length);
        int end = end(e, cps.length);
        if (end < start) {
            throw PyException.of(Exc.SystemError, "Negative size passed to PyUnicode_New");
        }
        return new CodePoints(cps, start, end);
    }

    @PyMethod(value = "($module, exception, /)",
            doc = "Implements the 'strict' error handling, which raises a UnicodeError on coding errors.")
    public static Object strict_errors(Object exception) {
        if (exception instanceof PyBaseException e) {
            throw new PyException(e);
        }
        throw PyException.typeError("codec must pass exception instance");
    }

    @PyMethod(value = "($module, exception, /)",
            doc = "Implements the 'ignore' error handling, which ignores malformed data and continues.")
    public static Object ignore_errors(Object exception) {
        Kind kind = kind(exception);
        if (kind == null) {
            throw cannotHandle(exception);
        }
        PyBaseException e = (PyBaseException) exception;
        int length = kind == Kind.DECODE ? bytesObject(e).length : strObject(e).codePointCount(0, strObject(e).length());
        return PyTuple.of("", (long) end(e, length));
    }

    @PyMethod(value = "($module, exception, /)",
            doc = "Implements the 'replace' error handling, which replaces malformed data with a replacement marker.")
    public static Object replace_errors(Object exception) {
        Kind kind = kind(exception);
        if (kind == null) {
            throw cannotHandle(exception);
        }
        PyBaseException e = (PyBaseException) exception;
        if (kind == Kind.DECODE) {
            byte[] b = bytesObject(e);
            return PyTuple.of("\ufffd", (long) end(e, b.length));
        }
        CodePoints c = codePoints(e);
        String marker = kind == Kind.ENCODE ? "?" : "\ufffd";
        return PyTuple.of(marker.repeat(c.end - c.start), (long) c.end);
    }

    @PyMethod(value = "($module, exception, /)",
            doc = "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with"
                    + " the appropriate XML character reference.")
    public static Object xmlcharrefreplace_errors(Object exception) {
        if (kind(exception) != Kind.ENCODE) {
            throw cannotHandle(exception);
        }
        CodePoints c = codePoints((PyBaseException) exception);
        return PyTuple.of(xmlCharRefs(c.cps, c.start, c.end), (long) c.end);
    }

    @PyMethod(value = "($module, exception, /)",
            doc = "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed"
                    + " escape sequence.")
    public static Object backslashreplace_errors(Object exception) {
        Kind kind = kind(exception);
        if (kind == null) {
            throw cannotHandle(exception);
        }
        PyBaseException e = (PyBaseException) exception;
        if (kind == Kind.DECODE) {
            byte[] b = bytesObject(e);
            int start = start(e, b.length);
            int end = end(e, b.length);
            if (end < start) {
                throw PyException.of(Exc.SystemError, "Negative size passed to PyUnicode_New");
            }
            return PyTuple.of(backslashEscapes(b, start, end), (long) end);
        }
        CodePoints c = codePoints(e);
        return PyTuple.of(backslashEscapes(c.cps, c.start, c.end), (long) c.end);
    }

    @PyMethod(value = "($module, exception, /)",
            doc = "Implements the 'namereplace' error handling, which replaces an unencodable character with a"
                    + " \\N{...} escape sequence.")
    public static Object namereplace_errors(Object exception) {
        if (kind(exception) != Kind.ENCODE) {
            throw cannotHandle(exception);
        }
        CodePoints c = codePoints((PyBaseException) exception);
        return PyTuple.of(nameEscapes(c.cps, c.start, c.end), (long) c.end);
    }

    @PyMethod("($module, exception, /)")
    public static Object surrogateescape(Object exception) {
        Kind kind = kind(exception);
        PyBaseException e = exception instanceof PyBaseException x ? x : null;
        if (kind == Kind.ENCODE) {
            CodePoints c = codePoints(e);
            byte[] out = new byte[Math.max(c.end - c.start, 0)];
            for (int k = c.start; k < c.end; k++) {
                int cp = c.cps[k];
                if (cp < 0xdc80 || cp > 0xdcff) {
                    throw new PyException(e);
                }
                out[k - c.start] = (byte) cp;
            }
            return PyTuple.of(PyBytes.of(out), (long) c.end);
        }
        if (kind == Kind.DECODE) {
            byte[] b = bytesObject(e);
            int start = start(e, b.length);
            int end = end(e, b.length);
            StringBuilder sb = new StringBuilder(4);
            int k = start;
            // At most four bytes, the longest malformed sequence, and only bytes a str cannot hold.
            while (k < end && k - start < 4 && (b[k] & 0xff) >= 0x80) {
                sb.append((char) (0xdc00 + (b[k] & 0xff)));
                k++;
            }
            if (k == start) {
                throw new PyException(e);
            }
            return PyTuple.of(sb.toString(), (long) k);
        }
        throw cannotHandle(exception);
    }

    @PyMethod("($module, exception, /)")
    public static Object surrogatepass(Object exception) {
        Kind kind = kind(exception);
        PyBaseException e = exception instanceof PyBaseException x ? x : null;
        if (kind == Kind.ENCODE) {
            CodePoints c = codePoints(e);
            Object encoding = UnicodeErrorAttrs.encoding(e);
            Utf utf = encoding instanceof String s ? utfOf(s) : null;
            if (utf == null) {
                throw new PyException(e);
            }
            int unit = unitSize(utf);
            byte[] out = new byte[Math.max(c.end - c.start, 0) * unit];
            for (int k = c.start; k < c.end; k++) {
                int cp = c.cps[k];
                if (cp < 0xd800 || cp > 0xdfff) {
                    throw new PyException(e);
                }
                putSurrogate(out, (k - c.start) * unit, utf, cp);
            }
            return PyTuple.of(PyBytes.of(out), (long) c.end);
        }
        if (kind == Kind.DECODE) {
            byte[] b = bytesObject(e);
            int start = start(e, b.length);
            Object encoding = UnicodeErrorAttrs.encoding(e);
            Utf utf = encoding instanceof String s ? utfOf(s) : null;
            int cp = utf == null ? -1 : readSurrogate(b, start, utf);
            if (cp < 0) {
                throw new PyException(e);
            }
            return PyTuple.of(String.valueOf((char) cp), (long) (start + unitSize(utf)));
        }
        throw cannotHandle(exception);
    }
}
