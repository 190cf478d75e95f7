package org.pythebo.runtime.text;

import java.util.Arrays;

import org.pythebo.runtime.numbers.Formatter;

/**
 * Python's {@code repr} of the values a literal can produce: str, bytes, int, float, complex
 * (imaginary literals), bool, None and Ellipsis.
 *
 * <p>Character properties follow Python 3.11, which knows Unicode 14.0. Java knows a newer Unicode,
 * so the code points assigned since 14.0 are listed here and treated as unassigned.
 */
public final class Repr {
    private Repr() {}

    /** Inclusive ranges of code points assigned after Unicode 14.0 and up to the JDK's Unicode 16.0. */
    private static final int[] ASSIGNED_AFTER_UNICODE_14 = {
        0x897, 0x897, 0xCF3, 0xCF3, 0xECE, 0xECE, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x2427,
        0x2429, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC, 0x105C0,
        0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4, 0x10EFC, 0x10EFF,
        0x1123F, 0x11241, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7,
        0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8,
        0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11B00, 0x11B09, 0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F00,
        0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F5A, 0x1342F, 0x1342F, 0x13439, 0x13455, 0x13460, 0x143FA,
        0x16100, 0x16139, 0x16D40, 0x16D79, 0x18CFF, 0x18CFF, 0x1B132, 0x1B132, 0x1B155, 0x1B155, 0x1CC00,
        0x1CCF9, 0x1CD00, 0x1CEB3, 0x1D2C0, 0x1D2D3, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F,
        0x1E4D0, 0x1E4F9, 0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1F6DC, 0x1F6DC, 0x1F774, 0x1F776, 0x1F77B,
        0x1F77F, 0x1F7D9, 0x1F7D9, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA75, 0x1FA77, 0x1FA87, 0x1FA89,
        0x1FA8F, 0x1FA8F, 0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FAC6, 0x1FACE, 0x1FACF, 0x1FADA,
        0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE8, 0x1FAE9, 0x1FAF7, 0x1FAF8, 0x1FBCB, 0x1FBEF, 0x2B739, 0x2B739,
        0x2EBF0, 0x2EE5D, 0x31350, 0x323AF,
    };

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Whether Python 3.11 (Unicode 14.0) considers code point {@code cp} assigned (category not Cn). */
    public static boolean isAssigned(int cp) {
        if (Character.getType(cp) == Character.UNASSIGNED) {
            return false;
        }
        int i = Arrays.binarySearch(ASSIGNED_AFTER_UNICODE_14, cp);
        // Even indexes start ranges and odd ones end them: an insertion point inside a pair means "inside".
        return i < 0 ? (-i - 1) % 2 == 0 : false;
    }

    /**
     * Python's {@code str.isprintable} for one code point: false for categories Cc, Cf, Cs, Co, Cn,
     * Zl, Zp and Zs other than the space.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> isAssigned(cp);
        };
    }

    /** {@code repr(str)}: single quotes unless the text holds a ' and no ". */
    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendStr(sb, s);
        return sb.toString();
    }

    /** Appends {@code repr(s)} to {@code sb}. */
    public static void appendStr(StringBuilder sb, String s) {
        char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        sb.append(quote);
        s.codePoints().forEach(cp -> appendStrChar(sb, cp, quote));
        sb.append(quote);
    }

    /** {@code repr(str)} of a str given as code points (which may include lone surrogates). */
    public static String str(int[] codePoints) {
        boolean single = false;
        boolean dbl = false;
        for (int cp : codePoints) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = quoteFor(single, dbl);
        StringBuilder sb = new StringBuilder(codePoints.length + 2).append(quote);
        for (int cp : codePoints) {
            appendStrChar(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    private static char quoteFor(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    /** One code point of a str repr between {@code quote}s. */
    private static void appendStrChar(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').append((char) cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < 0x7f ? cp >= 0x20 : isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            appendHex(sb.append("\\x"), cp, 2);
        } else if (cp <= 0xffff) {
            appendHex(sb.append("\\u"), cp, 4);
        } else {
            appendHex(sb.append("\\U"), cp, 8);
        }
    }

    /** {@code repr(bytes)}: b'...' with the same quote rule as str, non-ASCII and controls as \xhh. */
    public static String bytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                appendHex(sb.append("\\x"), c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    private static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >> shift) & 0xf]);
        }
    }

    /** {@code repr(float)}: the shortest digits that round-trip, in Python's layout. */
    public static String floatRepr(double d) {
        return formatDouble(d, true);
    }

    /** {@code repr(complex(real, imag))}. */
    public static String complexRepr(double real, double imag) {
        if (real == 0.0 && Math.copySign(1.0, real) == 1.0) {
            return formatDouble(imag, false) + "j";
        }
        String im = formatDouble(imag, false);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + formatDouble(real, false) + sign + im + "j)";
    }

    /**
     * Python's 'r' float formatting: exponent notation when the decimal exponent is below -4 or at
     * least 16, else positional; {@code addDotZero} appends ".0" to integral positional values
     * (float repr does, the parts of a complex repr do not).
     */
    static String formatDouble(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        StringBuilder out = new StringBuilder(24);
        if (Math.copySign(1.0, d) < 0) {
            out.append('-');
            d = -d;
        }
        if (d == 0.0) {
            return out.append(addDotZero ? "0.0" : "0").toString();
        }
        Formatter.Digits shortest = Formatter.shortest(d);
        String ds = shortest.digits();
        int decpt = shortest.decpt();
        int n = ds.length();
        if (decpt <= -4 || decpt > 16) {
            out.append(ds.charAt(0));
            if (n > 1) {
                out.append('.').append(ds, 1, n);
            }
            int e = decpt - 1;
            out.append('e').append(e < 0 ? '-' : '+');
            int abs = Math.abs(e);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (decpt <= 0) {
            out.append("0.");
            out.repeat('0', -decpt);
            out.append(ds);
        } else if (decpt >= n) {
            out.append(ds);
            out.repeat('0', decpt - n);
            if (addDotZero) {
                out.append(".0");
            }
        } else {
            out.append(ds, 0, decpt).append('.').append(ds, decpt, n);
        }
        return out.toString();
    }
}
