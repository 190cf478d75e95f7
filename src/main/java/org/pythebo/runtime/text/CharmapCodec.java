package org.pythebo.runtime.text;

import java.math.BigInteger;

import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The charmap codec, which the Lib's single-byte codecs (cp1252, koi8_r, mac_roman, ...) are
 * made of: decoding through a table (a str indexed by byte, U+FFFE for none) or any mapping from
 * byte to character, encoding through an {@link EncodingMap} or any mapping from code point to
 * byte. A mapping is asked with {@code mapping[key]}; LookupError or None means "undefined".
 */
public final class CharmapCodec {
    private CharmapCodec() {}

    static final String NAME = "charmap";
    private static final String UNDEFINED = "character maps to <undefined>";

    /** {@code charmap_build(table)}: an EncodingMap, or a dict from code point to byte. */
    public static Object build(String table) {
        int[] cps = table.codePoints().toArray();
        EncodingMap map = EncodingMap.build(cps);
        if (map != null) {
            return map;
        }
        PyDict dict = new PyDict();
        for (int i = 0; i < cps.length; i++) {
            dict.setItem((long) cps[i], (long) i);
        }
        return dict;
    }

    // ---- decoding ----

    public static String decode(ThreadState ts, byte[] b, String errors, Object mapping) {
        if (mapping == null || mapping == Singleton.NONE) {
            return Latin1Codec.decodeLatin1(b);
        }
        DecodeCall call = new DecodeCall(NAME, b, errors);
        if (PyValueInstance.unwrap(mapping) instanceof String table) {
            int[] cps = table.codePoints().toArray();
            int i = 0;
            while (i < call.input.length) {
                int index = call.input[i] & 0xff;
                int cp = index < cps.length ? cps[index] : 0xfffe;
                if (cp == 0xfffe) {
                    i = call.handle(UNDEFINED, i, i + 1);
                } else {
                    call.out.appendCodePoint(cp);
                    i++;
                }
            }
            return call.result();
        }
        int i = 0;
        while (i < call.input.length) {
            Object value = item(ts, mapping, (long) (call.input[i] & 0xff));
            if (!append(call.out, value)) {
                i = call.handle(UNDEFINED, i, i + 1);
            } else {
                i++;
            }
        }
        return call.result();
    }

    /** mapping[key], or null when the mapping has no such key (LookupError). */
    private static Object item(ThreadState ts, Object mapping, Object key) {
        try {
            return Ops.getItem(ts, mapping, key);
        } catch (PyException e) {
            if (e.exc.matches(Exc.LookupError)) {
                return null;
            }
            throw e;
        }
    }

    /** Appends what a decoding mapping gave for a byte; false when it maps to nothing. */
    private static boolean append(StringBuilder out, Object value) {
        if (value == null || value == Singleton.NONE) {
            return false;
        }
        Object v = PyValueInstance.unwrap(value);
        if (v instanceof String s) {
            if (s.length() == 1 && s.charAt(0) == '\ufffe') {
                return false;
            }
            out.append(s);
            return true;
        }
        Object n = Convert.intValue(value);
        if (n != null) {
            if (!(n instanceof Long l) || l < 0 || l > 0x10ffff) {
                throw PyException.typeError("character mapping must be in range(0x110000)");
            }
            if (l == 0xfffe) {
                return false;
            }
            out.appendCodePoint((int) (long) l);
            return true;
        }
        throw PyException.typeError("character mapping must return integer, None or str");
    }

    // ---- encoding ----

    public static byte[] encode(ThreadState ts, String s, String errors, Object mapping) {
        if (mapping == null || mapping == Singleton.NONE) {
            return Latin1Codec.encode(s, errors, 256);
        }
        EncodeCall call = new EncodeCall(NAME, s, errors);
        Encoder encoder = mapping instanceof EncodingMap map ? new MapEncoder(map) : new MappingEncoder(ts, mapping);
        int[] cps = call.cps;
        int i = 0;
        while (i < cps.length) {
            if (encoder.put(call, cps[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !encoder.encodable(cps[end])) {
                end++;
            }
            i = handleError(call, encoder, i, end);
        }
        return call.toBytes();
    }

    /** How one charmap encodes a character. */
    private interface Encoder {
        /** Writes cp's bytes; false when cp is undefined. */
        boolean put(EncodeCall call, int cp);

        boolean encodable(int cp);
    }

    private record MapEncoder(EncodingMap map) implements Encoder {
        @Override
        public boolean put(EncodeCall call, int cp) {
            int b = map.lookup(cp);
            if (b < 0) {
                return false;
            }
            call.put(b);
            return true;
        }

        @Override
        public boolean encodable(int cp) {
            return map.lookup(cp) >= 0;
        }
    }

    private record MappingEncoder(ThreadState ts, Object mapping) implements Encoder {
        /** The bytes cp maps to (an int in range(256) or bytes), or null when undefined. */
        private Object lookup(int cp) {
            Object value = item(ts, mapping, (long) cp);
            if (value == null || value == Singleton.NONE) {
                return null;
            }
            Object n = Convert.intValue(value);
            if (n != null) {
                if (n instanceof BigInteger || (Long) n < 0 || (Long) n > 255) {
                    throw PyException.typeError("character mapping must be in range(256)");
                }
                return n;
            }
            if (PyValueInstance.unwrap(value) instanceof PyBytes b) {
                return b;
            }
            throw PyException.typeError("character mapping must return integer, bytes or None, not "
                    + Ops.typeName(value));
        }

        @Override
        public boolean put(EncodeCall call, int cp) {
            Object v = lookup(cp);
            if (v == null) {
                return false;
            }
            if (v instanceof Long l) {
                call.put((int) (long) l);
            } else {
                call.put(((PyBytes) v).value());
            }
            return true;
        }

        @Override
        public boolean encodable(int cp) {
            return lookup(cp) != null;
        }
    }

    /**
     * The error handling of charmap encoding for the characters [start, end): a replacement str
     * is itself encoded through the map, and a character of it that the map lacks fails the
     * whole range.
     */
    private static int handleError(EncodeCall call, Encoder encoder, int start, int end) {
        switch (call.mode) {
            case STRICT -> throw call.error(UNDEFINED, start, end);
            case IGNORE -> {
                return end;
            }
            case REPLACE -> {
                putReplacement(call, encoder, "?".repeat(end - start), start, end);
                return end;
            }
            case XMLCHARREFREPLACE -> {
                putReplacement(call, encoder, ErrorHandlers.xmlCharRefs(call.cps, start, end), start, end);
                return end;
            }
            default -> {
                EncodeCall.Replacement r = call.callHandler(UNDEFINED, start, end);
                if (r.bytes() != null) {
                    call.put(r.bytes());
                } else {
                    putReplacement(call, encoder, r.str(), start, end);
                }
                return r.next();
            }
        }
    }

    private static void putReplacement(EncodeCall call, Encoder encoder, String replacement, int start, int end) {
        for (int i = 0; i < replacement.length(); ) {
            int cp = replacement.codePointAt(i);
            if (!encoder.put(call, cp)) {
                throw call.error(UNDEFINED, start, end);
            }
            i += Character.charCount(cp);
        }
    }
}
