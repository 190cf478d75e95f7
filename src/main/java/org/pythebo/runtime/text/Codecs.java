package org.pythebo.runtime.text;

import org.pythebo.runtime.bytes.BytesMethods;
import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * Encoding and decoding by encoding name, as str.encode, bytes.decode and str(bytes, encoding)
 * do: utf-8, utf-16, utf-32, ascii and latin-1 under the names CPython takes as shortcuts go
 * straight to the Java codecs, every other name through the interpreter's {@link CodecRegistry}
 * (the Lib's encodings package). The Java codecs ({@link Utf8Codec}, {@link Utf16Codec},
 * {@link Utf32Codec}, {@link Utf7Codec}, {@link Latin1Codec}, {@link CharmapCodec},
 * {@link EscapeCodecs}) are also what the {@code _codecs} module's functions call, and what the
 * Lib's codec modules reach through them.
 *
 * <p>A str is a Java String whose surrogate pairs are one code point, so error positions count
 * code points; a lone surrogate is a str character of its own (as surrogateescape produces).
 */
public final class Codecs {
    private Codecs() {}

    /** The codecs CPython's str.encode and bytes.decode run without asking the registry. */
    private enum Shortcut { UTF_8, UTF_16, UTF_32, ASCII, LATIN_1 }

    /**
     * The shortcut an encoding name takes, or null: the name normalized as the registry does it,
     * at most ten characters long (CPython's buffer), then "utf_8", "utf8", "utf_16", "utf16",
     * "utf_32", "utf32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1" or "iso8859_1".
     */
    private static Shortcut shortcut(String encoding) {
        if (encoding.length() == 5 && encoding.equals("utf-8")) {
            return Shortcut.UTF_8;
        }
        String n = CodecRegistry.normalize(encoding);
        if (n.length() > 10) {
            return null;
        }
        return switch (n) {
            case "utf_8", "utf8" -> Shortcut.UTF_8;
            case "utf_16", "utf16" -> Shortcut.UTF_16;
            case "utf_32", "utf32" -> Shortcut.UTF_32;
            case "ascii", "us_ascii" -> Shortcut.ASCII;
            case "latin1", "latin_1", "iso_8859_1", "iso8859_1" -> Shortcut.LATIN_1;
            default -> null;
        };
    }

    /** Whether str.encode takes an encoding name straight to the ascii or latin-1 codec. */
    public static boolean isSingleByteShortcut(String encoding) {
        Shortcut s = shortcut(encoding);
        return s == Shortcut.ASCII || s == Shortcut.LATIN_1;
    }

    /** A str argument (encoding, errors) with CPython's errors naming the function. */
    public static String stringArg(Object o, String function, String param) {
        Object v = PyValueInstance.unwrap(o);
        if (v instanceof String s) {
            if (s.indexOf('\0') >= 0) {
                throw PyException.valueError("embedded null character");
            }
            return s;
        }
        throw PyException.typeError(function + "() argument '" + param + "' must be str, not " + Ops.argTypeName(o));
    }

    /** The bytes of a str known to hold only characters below 256. */
    public static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    /** A tuple or the tuple value of a tuple subclass instance (CodecInfo), else null. */
    static PyTuple tupleOrNull(Object o) {
        return PyValueInstance.unwrap(o) instanceof PyTuple t ? t : null;
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
        if (PyValueInstance.unwrap(object) instanceof String) {
            throw PyException.typeError("decoding str is not supported");
        }
        byte[] b = BytesMethods.buffer(object);
        if (b == null) {
            throw PyException.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(object) + " found");
        }
        return decode(b, enc, err);
    }

    // ---- by encoding name ----

    /** {@code s.encode(encoding, errors)}: the shortcut codecs, else the registry's text codec. */
    public static byte[] encode(String s, String encoding, String errors) {
        Shortcut shortcut = shortcut(encoding);
        if (shortcut != null) {
            return switch (shortcut) {
                case UTF_8 -> Utf8Codec.encode(s, errors);
                case UTF_16 -> Utf16Codec.encode(s, errors, 0);
                case UTF_32 -> Utf32Codec.encode(s, errors, 0);
                case ASCII -> Latin1Codec.encode(s, errors, 128);
                case LATIN_1 -> Latin1Codec.encode(s, errors, 256);
            };
        }
        ThreadState ts = ThreadState.current();
        CodecRegistry registry = CodecRegistry.of(ts);
        Object info = registry.lookupText(ts, encoding, "codecs.encode()");
        Object v = CodecRegistry.call(ts, info, 0, s, encoding, errors);
        if (v instanceof PyBytes b) {
            return b.value();
        }
        if (v instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        throw PyException.typeError("'" + encoding + "' encoder returned '" + Ops.typeName(v)
                + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    /** {@code b.decode(encoding, errors)}: the shortcut codecs, else the registry's text codec. */
    public static String decode(byte[] b, String encoding, String errors) {
        Shortcut shortcut = shortcut(encoding);
        if (shortcut != null) {
            return switch (shortcut) {
                case UTF_8 -> Utf8Codec.decode(b, errors);
                case UTF_16 -> Utf16Codec.decode(b, errors, 0, true).text();
                case UTF_32 -> Utf32Codec.decode(b, errors, 0, true).text();
                case ASCII -> Latin1Codec.decodeAscii(b, errors);
                case LATIN_1 -> Latin1Codec.decodeLatin1(b);
            };
        }
        ThreadState ts = ThreadState.current();
        CodecRegistry registry = CodecRegistry.of(ts);
        Object info = registry.lookupText(ts, encoding, "codecs.decode()");
        Object v = CodecRegistry.call(ts, info, 1, PyBytes.of(b), encoding, errors);
        if (PyValueInstance.unwrap(v) instanceof String s) {
            return s;
        }
        throw PyException.typeError("'" + encoding + "' decoder returned '" + Ops.typeName(v)
                + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }
}
