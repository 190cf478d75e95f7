package org.pythebo.runtime.text;

/**
 * UTF-32 as Python's codecs: with a BOM and the machine's (little-endian) order, or a given
 * order without one; decoding detects a BOM when asked to. Surrogates are errors both ways.
 */
public final class Utf32Codec {
    private Utf32Codec() {}

    /** Encodes s: byteorder 0 writes a BOM and little-endian units, below 0 little-endian, above 0 big-endian. */
    public static byte[] encode(String s, String errors, int byteorder) {
        boolean big = byteorder > 0;
        String name = byteorder == 0 ? "utf-32" : big ? "utf-32-be" : "utf-32-le";
        EncodeCall call = new EncodeCall(name, s, errors);
        ErrorHandlers.Utf utf = big ? ErrorHandlers.Utf.UTF32BE : ErrorHandlers.Utf.UTF32LE;
        int[] cps = call.cps;
        call.reserve(4 * cps.length + 4);
        if (byteorder == 0) {
            unit(call, 0xfeff, false);
        }
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (cp >= 0xd800 && cp <= 0xdfff) {
                i = call.handleSurrogates("surrogates not allowed", i, i + 1, utf);
            } else {
                unit(call, cp, big);
                i++;
            }
        }
        return call.toBytes();
    }

    private static void unit(EncodeCall call, int u, boolean big) {
        if (big) {
            call.put(u >>> 24);
            call.put(u >> 16 & 0xff);
            call.put(u >> 8 & 0xff);
            call.put(u & 0xff);
        } else {
            call.put(u & 0xff);
            call.put(u >> 8 & 0xff);
            call.put(u >> 16 & 0xff);
            call.put(u >>> 24);
        }
    }

    /**
     * Decodes b. byteorder 0 reads a BOM if there is one (and reports the order it gives, else 0)
     * and otherwise decodes little-endian; below 0 little-endian, above 0 big-endian. Unless
     * {@code last}, an incomplete unit at the end is left unconsumed.
     */
    public static Utf16Codec.Result decode(byte[] b, String errors, int byteorder, boolean last) {
        int i = 0;
        int order = byteorder;
        if (order == 0 && b.length >= 4) {
            long u = read(b, 0, false);
            if (u == 0xfeff) {
                order = -1;
                i = 4;
            } else if (u == 0xfffe0000L) {
                order = 1;
                i = 4;
            }
        }
        boolean big = order > 0;
        DecodeCall call = new DecodeCall(big ? "utf-32-be" : "utf-32-le", b, errors);
        while (true) {
            byte[] in = call.input;
            int n = in.length;
            if (i + 3 >= n) {
                if (i < n && last) {
                    i = call.handle("truncated data", i, n);
                    continue;
                }
                break;
            }
            long u = read(in, i, big);
            if (u > 0x10ffff) {
                i = call.handle("code point not in range(0x110000)", i, i + 4);
            } else if (u >= 0xd800 && u <= 0xdfff) {
                i = call.handle("code point in surrogate code point range(0xd800, 0xe000)", i, i + 4);
            } else {
                call.out.appendCodePoint((int) u);
                i += 4;
            }
        }
        return new Utf16Codec.Result(call.result(), i, order);
    }

    private static long read(byte[] b, int i, boolean big) {
        return big
                ? (long) (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff
                : (long) (b[i + 3] & 0xff) << 24 | (b[i + 2] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | b[i] & 0xff;
    }
}
