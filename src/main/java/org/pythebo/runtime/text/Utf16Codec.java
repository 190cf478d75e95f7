package org.pythebo.runtime.text;

/**
 * UTF-16 as Python's codecs: with a BOM and the machine's (little-endian) order, or a given
 * order without one; decoding detects a BOM when asked to. A str is already UTF-16 in Java, so
 * valid text is copied unit by unit; lone surrogates go to the error handler one at a time.
 */
public final class Utf16Codec {
    private Utf16Codec() {}

    /** Encodes s: byteorder 0 writes a BOM and little-endian units, below 0 little-endian, above 0 big-endian. */
    public static byte[] encode(String s, String errors, int byteorder) {
        boolean big = byteorder > 0;
        String name = byteorder == 0 ? "utf-16" : big ? "utf-16-be" : "utf-16-le";
        int bom = byteorder == 0 ? 2 : 0;
        if (!hasLoneSurrogate(s)) {
            byte[] out = new byte[bom + 2 * s.length()];
            if (bom > 0) {
                out[0] = (byte) 0xff;
                out[1] = (byte) 0xfe;
            }
            for (int i = 0, j = bom; i < s.length(); i++, j += 2) {
                char c = s.charAt(i);
                out[j] = (byte) (big ? c >> 8 : c);
                out[j + 1] = (byte) (big ? c : c >> 8);
            }
            return out;
        }
        EncodeCall call = new EncodeCall(name, s, errors);
        ErrorHandlers.Utf utf = big ? ErrorHandlers.Utf.UTF16BE : ErrorHandlers.Utf.UTF16LE;
        if (bom > 0) {
            call.put(0xff);
            call.put(0xfe);
        }
        int[] cps = call.cps;
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (cp >= 0xd800 && cp <= 0xdfff) {
                i = call.handleSurrogates("surrogates not allowed", i, i + 1, utf);
                continue;
            }
            if (cp >= 0x10000) {
                unit(call, Character.highSurrogate(cp), big);
                unit(call, Character.lowSurrogate(cp), big);
            } else {
                unit(call, cp, big);
            }
            i++;
        }
        return call.toBytes();
    }

    private static void unit(EncodeCall call, int u, boolean big) {
        if (big) {
            call.put(u >> 8);
            call.put(u & 0xff);
        } else {
            call.put(u & 0xff);
            call.put(u >> 8);
        }
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** What utf_16_ex_decode returns: the text, the bytes consumed and the byte order found. */
    public record Result(String text, int consumed, int byteorder) {}

    /**
     * Decodes b. byteorder 0 reads a BOM if there is one (and reports the order it gives, else 0)
     * and otherwise decodes little-endian; below 0 little-endian, above 0 big-endian. Unless
     * {@code last}, an incomplete unit or surrogate pair at the end is left unconsumed.
     */
    public static Result decode(byte[] b, String errors, int byteorder, boolean last) {
        int i = 0;
        int order = byteorder;
        if (order == 0 && b.length >= 2) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            if (b0 == 0xff && b1 == 0xfe) {
                order = -1;
                i = 2;
            } else if (b0 == 0xfe && b1 == 0xff) {
                order = 1;
                i = 2;
            }
        }
        boolean big = order > 0;
        DecodeCall call = new DecodeCall(big ? "utf-16-be" : "utf-16-le", b, errors);
        StringBuilder out = call.out;
        while (true) {
            byte[] in = call.input;
            int n = in.length;
            if (i + 1 >= n) {
                if (i < n && last) {
                    i = call.handle("truncated data", i, n);
                    continue;
                }
                break;
            }
            int u = read(in, i, big);
            if (u < 0xd800 || u > 0xdfff) {
                out.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                i = call.handle("illegal encoding", i, i + 2);
            } else if (i + 3 >= n) {
                if (!last) {
                    break;
                }
                i = call.handle("unexpected end of data", i, n);
            } else {
                int u2 = read(in, i + 2, big);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    out.append((char) u).append((char) u2);
                    i += 4;
                } else {
                    i = call.handle("illegal UTF-16 surrogate", i, i + 2);
                }
            }
        }
        return new Result(call.result(), i, order);
    }

    private static int read(byte[] b, int i, boolean big) {
        return big ? (b[i] & 0xff) << 8 | b[i + 1] & 0xff : (b[i + 1] & 0xff) << 8 | b[i] & 0xff;
    }
}
