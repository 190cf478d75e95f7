package org.pythebo.runtime.text;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as Python's codec: lone surrogates cannot be encoded ("surrogates not allowed"), and
 * decoding reports the maximal invalid prefix of a sequence with CPython's reasons. Valid input
 * takes the JDK's intrinsic conversions.
 */
public final class Utf8Codec {
    private Utf8Codec() {}

    static final String NAME = "utf-8";

    public static byte[] encode(String s, String errors) {
        if (!hasSurrogate(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        EncodeCall call = new EncodeCall(NAME, s, errors);
        int[] cps = call.cps;
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (cp < 0xd800 || cp > 0xdfff) {
                put(call, cp);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && cps[end] >= 0xd800 && cps[end] <= 0xdfff) {
                end++;
            }
            i = call.handleSurrogates("surrogates not allowed", i, end, ErrorHandlers.Utf.UTF8);
        }
        return call.toBytes();
    }

    /** Whether s holds a surrogate char (a lone surrogate, or half of a pair: the slow path sorts them out). */
    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void put(EncodeCall call, int cp) {
        if (cp < 0x80) {
            call.put(cp);
        } else if (cp < 0x800) {
            call.put(0xc0 | cp >> 6);
            call.put(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            call.put(0xe0 | cp >> 12);
            call.put(0x80 | cp >> 6 & 0x3f);
            call.put(0x80 | cp & 0x3f);
        } else {
            call.put(0xf0 | cp >> 18);
            call.put(0x80 | cp >> 12 & 0x3f);
            call.put(0x80 | cp >> 6 & 0x3f);
            call.put(0x80 | cp & 0x3f);
        }
    }

    /** Decodes all of b. */
    public static String decode(byte[] b, String errors) {
        return decode(b, errors, true).text();
    }

    /** Decodes b; unless {@code last}, an incomplete sequence at the end is left unconsumed. */
    public static Decoded decode(byte[] b, String errors, boolean last) {
        int valid = validPrefix(b);
        if (valid == b.length) {
            return new Decoded(new String(b, StandardCharsets.UTF_8), b.length);
        }
        DecodeCall call = new DecodeCall(NAME, b, errors);
        call.out.append(new String(b, 0, valid, StandardCharsets.UTF_8));
        int i = valid;
        while (i < call.input.length) {
            int next = step(call, i, last);
            if (next < 0) {
                break;
            }
            i = next;
        }
        return new Decoded(call.result(), i);
    }

    /** The length of the longest prefix of b that is whole, valid UTF-8. */
    private static int validPrefix(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(b, i);
            if (length <= 0) {
                return i;
            }
            i += length;
        }
        return i;
    }

    /**
     * The length of the valid sequence at b[i] (a non-ASCII lead byte), or minus the length of
     * its maximal invalid prefix, or 0 when it is a valid but incomplete prefix at the end.
     */
    private static int sequenceLength(byte[] b, int i) {
        int n = b.length;
        int c = b[i] & 0xff;
        if (c < 0xc2 || c > 0xf4) {
            return -1;
        }
        int need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        for (int k = 1; k < need; k++) {
            if (i + k >= n) {
                return 0;
            }
            int ck = b[i + k] & 0xff;
            boolean ok = (ck & 0xc0) == 0x80;
            if (k == 1) {
                // The second byte also rules out overlong forms, surrogates and code points past U+10FFFF.
                ok = ok && switch (c) {
                    case 0xe0 -> ck >= 0xa0;
                    case 0xed -> ck < 0xa0;
                    case 0xf0 -> ck >= 0x90;
                    case 0xf4 -> ck < 0x90;
                    default -> true;
                };
            }
            if (!ok) {
                return -k;
            }
        }
        return need;
    }

    /** Decodes the sequence at i; returns where the next one starts, or -1 to stop before an incomplete end. */
    private static int step(DecodeCall call, int i, boolean last) {
        byte[] b = call.input;
        int c = b[i] & 0xff;
        if (c < 0x80) {
            call.out.append((char) c);
            return i + 1;
        }
        int length = sequenceLength(b, i);
        if (length > 0) {
            int cp = switch (length) {
                case 2 -> (c & 0x1f) << 6 | b[i + 1] & 0x3f;
                case 3 -> (c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f;
                default -> (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | b[i + 3] & 0x3f;
            };
            call.out.appendCodePoint(cp);
            return i + length;
        }
        if (length == 0) {
            if (!last) {
                return -1;
            }
            return call.handle("unexpected end of data", i, b.length);
        }
        String reason = length == -1 && (c < 0xc2 || c > 0xf4) ? "invalid start byte" : "invalid continuation byte";
        return call.handle(reason, i, i - length);
    }
}
