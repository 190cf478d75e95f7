package org.pythebo.runtime.text;

/**
 * UTF-7 (RFC 2152) as Python's codec writes and reads it. The encoder writes printable ASCII
 * other than {@code + \ ~} and the blanks directly, {@code +} as {@code +-}, and everything
 * else as modified base64 of UTF-16 units (lone surrogates too), ending a shift with {@code -}
 * only where the next character would otherwise be read as part of it, and at the end. The
 * decoder takes any ASCII directly.
 */
public final class Utf7Codec {
    private Utf7Codec() {}

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static boolean isBase64(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    private static int base64Value(int c) {
        return BASE64.indexOf(c);
    }

    /** Characters the encoder writes as themselves. */
    private static boolean encodesDirectly(int c) {
        if (c >= 0x7f) {
            return false;
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return c != '+' && c != '\\' && c != '~';
    }

    public static byte[] encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        boolean inShift = false;
        int bits = 0;
        int nbits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (encodesDirectly(c)) {
                if (inShift) {
                    if (nbits > 0) {
                        out.append(BASE64.charAt(bits << (6 - nbits) & 0x3f));
                    }
                    bits = 0;
                    nbits = 0;
                    inShift = false;
                    if (isBase64(c) || c == '-') {
                        out.append('-');
                    }
                }
                out.append(c);
            } else if (c == '+' && !inShift) {
                out.append("+-");
            } else {
                if (!inShift) {
                    out.append('+');
                    inShift = true;
                }
                bits = bits << 16 | c;
                nbits += 16;
                while (nbits >= 6) {
                    nbits -= 6;
                    out.append(BASE64.charAt(bits >> nbits & 0x3f));
                }
                bits &= (1 << nbits) - 1;
            }
        }
        if (inShift) {
            if (nbits > 0) {
                out.append(BASE64.charAt(bits << (6 - nbits) & 0x3f));
            }
            out.append('-');
        }
        return Codecs.latin1(out.toString());
    }

    public static Decoded decode(byte[] b, String errors, boolean last) {
        DecodeCall call = new DecodeCall("utf7", b, errors);
        StringBuilder out = call.out;
        boolean inShift = false;
        int shiftStart = 0;
        int outAtShift = 0;
        int bits = 0;
        int nbits = 0;
        char pendingHigh = 0;
        int i = 0;
        while (true) {
            byte[] in = call.input;
            int n = in.length;
            if (i >= n) {
                if (!inShift || !last) {
                    break;
                }
                inShift = false;
                if (pendingHigh != 0 || nbits >= 6 || nbits > 0 && bits != 0) {
                    i = call.handle("unterminated shift sequence", shiftStart, n);
                    continue;
                }
                break;
            }
            int c = in[i] & 0xff;
            if (inShift) {
                if (isBase64(c)) {
                    bits = bits << 6 | base64Value(c);
                    nbits += 6;
                    i++;
                    if (nbits >= 16) {
                        nbits -= 16;
                        char unit = (char) (bits >> nbits);
                        bits &= (1 << nbits) - 1;
                        if (pendingHigh != 0) {
                            if (Character.isLowSurrogate(unit)) {
                                out.append(pendingHigh).append(unit);
                                pendingHigh = 0;
                                continue;
                            }
                            out.append(pendingHigh);
                            pendingHigh = 0;
                        }
                        if (Character.isHighSurrogate(unit)) {
                            pendingHigh = unit;
                        } else {
                            out.append(unit);
                        }
                    }
                    continue;
                }
                inShift = false;
                if (nbits >= 6) {
                    i = call.handle("partial character in shift sequence", shiftStart, i + 1);
                    continue;
                }
                if (nbits > 0 && bits != 0) {
                    i = call.handle("non-zero padding bits in shift sequence", shiftStart, i + 1);
                    continue;
                }
                if (pendingHigh != 0 && c < 0x80) {
                    out.append(pendingHigh);
                }
                pendingHigh = 0;
                if (c == '-') {
                    i++;
                }
            } else if (c == '+') {
                shiftStart = i;
                i++;
                if (i < n && in[i] == '-') {
                    i++;
                    out.append('+');
                } else if (i < n && !isBase64(in[i] & 0xff)) {
                    i = call.handle("ill-formed sequence", shiftStart, i + 1);
                } else {
                    inShift = true;
                    outAtShift = out.length();
                    bits = 0;
                    nbits = 0;
                    pendingHigh = 0;
                }
            } else if (c < 0x80) {
                out.append((char) c);
                i++;
            } else {
                i = call.handle("unexpected special character", i, i + 1);
            }
        }
        if (inShift) {
            // Not the last chunk: the shift sequence is decoded again with what follows.
            out.setLength(outAtShift);
            return new Decoded(call.result(), shiftStart);
        }
        return new Decoded(call.result(), i);
    }
}
