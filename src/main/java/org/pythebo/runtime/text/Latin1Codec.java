package org.pythebo.runtime.text;

import java.nio.charset.StandardCharsets;

/** ASCII and Latin-1: one byte per character below 128 or 256. */
public final class Latin1Codec {
    private Latin1Codec() {}

    /** Encodes s to the characters below {@code limit} (128 for ascii, 256 for latin-1). */
    public static byte[] encode(String s, String errors, int limit) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < limit) {
            i++;
        }
        if (i == n) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        String name = limit == 128 ? "ascii" : "latin-1";
        String reason = limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
        EncodeCall call = new EncodeCall(name, s, errors);
        int[] cps = call.cps;
        int k = 0;
        while (k < cps.length) {
            int cp = cps[k];
            if (cp < limit) {
                call.put(cp);
                k++;
                continue;
            }
            int end = k + 1;
            while (end < cps.length && cps[end] >= limit) {
                end++;
            }
            k = call.handleUnencodable(reason, k, end, limit);
        }
        return call.toBytes();
    }

    public static String decodeLatin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    public static String decodeAscii(byte[] b, String errors) {
        int i = 0;
        while (i < b.length && b[i] >= 0) {
            i++;
        }
        if (i == b.length) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        DecodeCall call = new DecodeCall("ascii", b, errors);
        call.out.append(new String(b, 0, i, StandardCharsets.ISO_8859_1));
        while (i < call.input.length) {
            int c = call.input[i];
            if (c >= 0) {
                call.out.append((char) c);
                i++;
            } else {
                i = call.handle("ordinal not in range(128)", i, i + 1);
            }
        }
        return call.result();
    }
}
