package org.pythebo.modules;

import org.pythebo.runtime.bytes.PyBuffer;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.text.CharmapCodec;
import org.pythebo.runtime.text.CodecRegistry;
import org.pythebo.runtime.text.Decoded;
import org.pythebo.runtime.text.EscapeCodecs;
import org.pythebo.runtime.text.Latin1Codec;
import org.pythebo.runtime.text.Utf16Codec;
import org.pythebo.runtime.text.Utf32Codec;
import org.pythebo.runtime.text.Utf7Codec;
import org.pythebo.runtime.text.Utf8Codec;

/**
 * The {@code _codecs} module: the interpreter's codec registry and error handlers
 * ({@link CodecRegistry}), and the codecs written in Java that the Lib's codec modules
 * (encodings.utf_8, encodings.cp1252, ...) call. Encoders return (bytes, characters consumed),
 * decoders (str, bytes consumed); the decoders of stateful codecs take {@code final} and leave
 * an incomplete sequence at the end unconsumed unless it is true.
 */
public final class CodecsModule {
    private CodecsModule() {}

    static PyModule create(ThreadState ts) {
        return ModuleRegistry.newModule("_codecs", null, CodecsModule.class);
    }

    // ---- arguments and results ----

    /** An encoding or error handler name: C strings cannot hold NUL. */
    private static String name(String s) {
        return Convert.cString(s);
    }

    /** A decoder's input: the bytes of a bytes-like object. */
    private static byte[] bytes(PyBuffer data) {
        return data.toArrayShared();
    }

    /** The input of the escape decoders, which also take a str (as its UTF-8 bytes). */
    private static byte[] bytesOrStr(Object data) {
        Object v = PyValueInstance.unwrap(data);
        if (v instanceof String s) {
            return Utf8Codec.encode(s, null);
        }
        return bytes(Convert.buffer(data));
    }

    private static PyTuple encoded(byte[] b, String s) {
        return PyTuple.of(PyBytes.of(b), (long) s.codePointCount(0, s.length()));
    }

    private static PyTuple decoded(Decoded d) {
        return PyTuple.of(d.text(), (long) d.consumed());
    }

    /**
     * A DeprecationWarning through the warnings module, attributed to the Python code calling the
     * codec; none while the warnings module cannot be imported.
     */
    private static void deprecated(ThreadState ts, String message) {
        Object warnings;
        try {
            warnings = ts.interp.importer.importName(ts, "warnings", null, new Object[0], 0);
        } catch (PyException e) {
            return;
        }
        Ops.call(ts, Ops.getAttr(ts, warnings, "warn"), message, Exc.DeprecationWarning, 1L);
    }

    // ---- the registry ----

    @PyMethod(value = "($module, search_function, /)", doc = """
            Register a codec search function.

            Search functions are expected to take one argument, the encoding name in
            all lower case letters, and either return None, or a tuple of functions
            (encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object).""")
    public static void register(ThreadState ts, Object searchFunction) {
        CodecRegistry.of(ts).register(ts, searchFunction);
    }

    @PyMethod("($module, search_function, /)")
    public static void unregister(ThreadState ts, Object searchFunction) {
        CodecRegistry.of(ts).unregister(searchFunction);
    }

    @PyMethod("($module, encoding, /)")
    public static Object lookup(ThreadState ts, String encoding) {
        return CodecRegistry.of(ts).lookup(ts, name(encoding));
    }

    @PyMethod("($module, /, obj, encoding='utf-8', errors=?)")
    public static Object encode(ThreadState ts, Object obj, String encoding, String errors) {
        Object info = CodecRegistry.of(ts).lookup(ts, name(encoding));
        return CodecRegistry.call(ts, info, 0, obj, encoding, name(errors));
    }

    @PyMethod("($module, /, obj, encoding='utf-8', errors=?)")
    public static Object decode(ThreadState ts, Object obj, String encoding, String errors) {
        Object info = CodecRegistry.of(ts).lookup(ts, name(encoding));
        return CodecRegistry.call(ts, info, 1, obj, encoding, name(errors));
    }

    @PyMethod("($module, name, /)")
    public static Object lookup_error(ThreadState ts, String name) {
        return CodecRegistry.of(ts).lookupError(name(name));
    }

    @PyMethod("($module, errors, handler, /)")
    public static void register_error(ThreadState ts, String errors, Object handler) {
        CodecRegistry.of(ts).registerError(name(errors), handler);
    }

    // ---- UTF-8 and UTF-7 ----

    @PyMethod("($module, str, errors=None, /)")
    public static Object utf_8_encode(String str, String errors) {
        return encoded(Utf8Codec.encode(str, name(errors)), str);
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_8_decode(PyBuffer data, String errors, int fin) {
        return decoded(Utf8Codec.decode(bytes(data), name(errors), fin != 0));
    }

    @PyMethod("($module, str, errors=None, /)")
    public static Object utf_7_encode(String str, String errors) {
        name(errors);
        return encoded(Utf7Codec.encode(str), str);
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_7_decode(PyBuffer data, String errors, int fin) {
        return decoded(Utf7Codec.decode(bytes(data), name(errors), fin != 0));
    }

    // ---- UTF-16 ----

    @PyMethod("($module, str, errors=None, byteorder=0, /)")
    public static Object utf_16_encode(String str, String errors, int byteorder) {
        return encoded(Utf16Codec.encode(str, name(errors), byteorder), str);
    }

    @PyMethod("($module, str, errors=None, /)")
    public static Object utf_16_le_encode(String str, String errors) {
        return encoded(Utf16Codec.encode(str, name(errors), -1), str);
    }

    @PyMethod("($module, str, errors=None, /)")
    public static Object utf_16_be_encode(String str, String errors) {
        return encoded(Utf16Codec.encode(str, name(errors), 1), str);
    }

    private static PyTuple utf16(PyBuffer data, String errors, int byteorder, int fin) {
        Utf16Codec.Result r = Utf16Codec.decode(bytes(data), name(errors), byteorder, fin != 0);
        return PyTuple.of(r.text(), (long) r.consumed());
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_16_decode(PyBuffer data, String errors, int fin) {
        return utf16(data, errors, 0, fin);
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_16_le_decode(PyBuffer data, String errors, int fin) {
        return utf16(data, errors, -1, fin);
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_16_be_decode(PyBuffer data, String errors, int fin) {
        return utf16(data, errors, 1, fin);
    }

    @PyMethod("($module, data, errors=None, byteorder=0, final=False, /)")
    public static Object utf_16_ex_decode(PyBuffer data, String errors, int byteorder, int fin) {
        Utf16Codec.Result r = Utf16Codec.decode(bytes(data), name(errors), byteorder, fin != 0);
        return PyTuple.of(r.text(), (long) r.consumed(), (long) r.byteorder());
    }

    // ---- UTF-32 ----

    @PyMethod("($module, str, errors=None, byteorder=0, /)")
    public static Object utf_32_encode(String str, String errors, int byteorder) {
        return encoded(Utf32Codec.encode(str, name(errors), byteorder), str);
    }

    @PyMethod("($module, str, errors=None, /)")
    public static Object utf_32_le_encode(String str, String errors) {
        return encoded(Utf32Codec.encode(str, name(errors), -1), str);
    }

    @PyMethod("($module, str, errors=None, /)")
    public static Object utf_32_be_encode(String str, String errors) {
        return encoded(Utf32Codec.encode(str, name(errors), 1), str);
    }

    private static PyTuple utf32(PyBuffer data, String errors, int byteorder, int fin) {
        Utf16Codec.Result r = Utf32Codec.decode(bytes(data), name(errors), byteorder, fin != 0);
        return PyTuple.of(r.text(), (long) r.consumed());
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_32_decode(PyBuffer data, String errors, int fin) {
        return utf32(data, errors, 0, fin);
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_32_le_decode(PyBuffer data, String errors, int fin) {
        return utf32(data, errors, -1, fin);
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    public static Object utf_32_be_decode(PyBuffer data, String errors, int fin) {
        return utf32(data, errors, 1, fin);
    }

    @PyMethod("($module, data, errors=None, byteorder=0, final=False, /)")
    public static Object utf_32_ex_decode(PyBuffer data, String errors, int byteorder, int fin) {
        Utf16Codec.Result r = Utf32Codec.decode(bytes(data), name(errors), byteorder, fin != 0);
        return PyTuple.of(r.text(), (long) r.consumed(), (long) r.byteorder());
    }

    // ---- ASCII, Latin-1 and charmap ----

    @PyMethod("($module, str, errors=None, /)")
    public static Object ascii_encode(String str, String errors) {
        return encoded(Latin1Codec.encode(str, name(errors), 128), str);
    }

    @PyMethod("($module, data, errors=None, /)")
    public static Object ascii_decode(PyBuffer data, String errors) {
        return PyTuple.of(Latin1Codec.decodeAscii(bytes(data), name(errors)), (long) data.length());
    }

    @PyMethod("($module, str, errors=None, /)")
    public static Object latin_1_encode(String str, String errors) {
        return encoded(Latin1Codec.encode(str, name(errors), 256), str);
    }

    @PyMethod("($module, data, errors=None, /)")
    public static Object latin_1_decode(PyBuffer data, String errors) {
        name(errors);
        return PyTuple.of(Latin1Codec.decodeLatin1(bytes(data)), (long) data.length());
    }

    @PyMethod("($module, str, errors=None, mapping=None, /)")
    public static Object charmap_encode(ThreadState ts, String str, String errors, Object mapping) {
        return encoded(CharmapCodec.encode(ts, str, name(errors), mapping), str);
    }

    @PyMethod("($module, data, errors=None, mapping=None, /)")
    public static Object charmap_decode(ThreadState ts, PyBuffer data, String errors, Object mapping) {
        return PyTuple.of(CharmapCodec.decode(ts, bytes(data), name(errors), mapping), (long) data.length());
    }

    @PyMethod("($module, map, /)")
    public static Object charmap_build(String map) {
        return CharmapCodec.build(map);
    }

    // ---- the escape codecs ----

    @PyMethod("($module, str, errors=None, /)")
    public static Object unicode_escape_encode(String str, String errors) {
        name(errors);
        return encoded(EscapeCodecs.unicodeEscapeEncode(str), str);
    }

    @PyMethod("($module, data, errors=None, final=True, /)")
    public static Object unicode_escape_decode(ThreadState ts, Object data, String errors, int fin) {
        return decoded(EscapeCodecs.unicodeEscapeDecode(bytesOrStr(data), name(errors), fin != 0,
                message -> deprecated(ts, message)));
    }

    @PyMethod("($module, str, errors=None, /)")
    public static Object raw_unicode_escape_encode(String str, String errors) {
        name(errors);
        return encoded(EscapeCodecs.rawUnicodeEscapeEncode(str), str);
    }

    @PyMethod("($module, data, errors=None, final=True, /)")
    public static Object raw_unicode_escape_decode(Object data, String errors, int fin) {
        return decoded(EscapeCodecs.rawUnicodeEscapeDecode(bytesOrStr(data), name(errors), fin != 0));
    }

    @PyMethod("($module, data, errors=None, /)")
    public static Object escape_encode(Object data, String errors) {
        name(errors);
        if (!(PyValueInstance.unwrap(data) instanceof PyBytes b)) {
            throw PyException.typeError("escape_encode() argument 1 must be bytes, not " + Ops.argTypeName(data));
        }
        return PyTuple.of(PyBytes.of(EscapeCodecs.escapeEncode(b.value())), (long) b.size());
    }

    @PyMethod("($module, data, errors=None, /)")
    public static Object escape_decode(ThreadState ts, Object data, String errors) {
        byte[] b = bytesOrStr(data);
        byte[] decoded = EscapeCodecs.escapeDecode(b, name(errors), message -> deprecated(ts, message));
        return PyTuple.of(PyBytes.of(decoded), (long) b.length);
    }

    @PyMethod("($module, data, errors=None, /)")
    public static Object readbuffer_encode(Object data, String errors) {
        name(errors);
        byte[] b = bytesOrStr(data).clone();
        return PyTuple.of(PyBytes.of(b), (long) b.length);
    }
}
