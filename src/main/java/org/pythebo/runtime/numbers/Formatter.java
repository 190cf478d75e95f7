package org.pythebo.runtime.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Repr;

/**
 * The format-spec mini-language of format(), str.format and f-strings for str, int (and bool) and
 * float, with CPython's layout rules and messages; also the float-to-text conversions that
 * printf-style formatting shares.
 */
public final class Formatter {
    private Formatter() {}

    /**
     * A parsed spec {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}; fill is a
     * code point, align/sign/type are 0 when absent, width/precision -1.
     */
    record Spec(int fill, char align, char sign, boolean noNegZero, boolean alt, long width, char grouping,
            long precision, int type) {}

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** CPython's message names a presentation type by itself when printable ASCII, else by hex. */
    private static String typeChar(int t) {
        return t > 32 && t < 128 ? String.valueOf((char) t) : "\\x" + Integer.toHexString(t);
    }

    static Spec parse(String spec, String typeName) {
        return parse(spec, typeName, 0);
    }

    /** Parses a spec; {@code defaultType} stands for an omitted type ('s' for str, 'd' for int). */
    static Spec parse(String spec, String typeName, int defaultType) {
        int n = spec.length();
        int i = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        int first = n > 0 ? spec.codePointAt(0) : 0;
        int afterFirst = n > 0 ? Character.charCount(first) : 0;
        if (afterFirst < n && isAlign(spec.charAt(afterFirst))) {
            fill = first;
            align = spec.charAt(afterFirst);
            fillGiven = true;
            i = afterFirst + 1;
        } else if (n > 0 && isAlign(first)) {
            align = (char) first;
            i = 1;
        }
        char sign = 0;
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            sign = spec.charAt(i++);
        }
        boolean noNegZero = false;
        if (i < n && spec.charAt(i) == 'z') {
            noNegZero = true;
            i++;
        }
        boolean alt = false;
        if (i < n && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (!fillGiven && i < n && spec.charAt(i) == '0') {
            fill = '0';
            // A leading zero means sign-aware zero padding, except for str (left-aligned by default).
            if (align == 0 && defaultType != 's') {
                align = '=';
            }
            i++;
        }
        int start = i;
        long width = 0;
        while (i < n && spec.charAt(i) >= '0' && spec.charAt(i) <= '9') {
            width = accumulate(width, spec.charAt(i++));
        }
        if (i == start) {
            width = -1;
        }
        char grouping = 0;
        if (i < n && spec.charAt(i) == ',') {
            grouping = ',';
            i++;
        }
        if (i < n && spec.charAt(i) == '_') {
            if (grouping != 0) {
                throw PyException.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            i++;
        }
        if (i < n && spec.charAt(i) == ',') {
            throw PyException.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            precision = 0;
            while (i < n && spec.charAt(i) >= '0' && spec.charAt(i) <= '9') {
                precision = accumulate(precision, spec.charAt(i++));
            }
            if (i == start) {
                throw PyException.valueError("Format specifier missing precision");
            }
        }
        int type = defaultType;
        if (i < n) {
            type = spec.codePointAt(i);
            i += Character.charCount(type);
            if (i < n) {
                throw PyException.valueError("Invalid format specifier '" + spec + "' for object of type '"
                        + typeName + "'");
            }
        }
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw PyException.valueError("Cannot specify ',' with '" + typeChar(type) + "'.");
                    }
                }
                default -> throw PyException.valueError("Cannot specify ',' with '" + typeChar(type) + "'.");
            }
        }
        return new Spec(fill, align, sign, noNegZero, alt, width, grouping, precision, type);
    }

    private static long accumulate(long acc, char digit) {
        int d = digit - '0';
        if (acc > (Long.MAX_VALUE - d) / 10) {
            throw PyException.valueError("Too many decimal digits in format string");
        }
        return acc * 10 + d;
    }

    private static int checkedWidth(long width) {
        if (width > Integer.MAX_VALUE - 64) {
            throw PyException.of(Exc.MemoryError, null);
        }
        return (int) width;
    }

    private static void repeat(StringBuilder sb, int cp, long count) {
        if (count <= 0) {
            return;
        }
        if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            sb.repeat((char) cp, checkedWidth(count));
        } else {
            sb.repeat(cp, checkedWidth(count));
        }
    }

    // ---- str ----

    public static String formatStr(String v, String spec) {
        if (spec.isEmpty()) {
            return v;
        }
        Spec s = parse(spec, "str", 's');
        if (s.type() != 's') {
            throw PyException.valueError("Unknown format code '" + typeChar(s.type()) + "' for object of type 'str'");
        }
        if (s.sign() != 0) {
            throw PyException.valueError("Sign not allowed in string format specifier");
        }
        if (s.noNegZero()) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (s.alt()) {
            throw PyException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (s.align() == '=') {
            throw PyException.valueError("'=' alignment not allowed in string format specifier");
        }
        String body = v;
        int len = -1;
        if (s.precision() >= 0) {
            len = v.codePointCount(0, v.length());
            if (s.precision() < len) {
                body = v.substring(0, v.offsetByCodePoints(0, (int) s.precision()));
                len = (int) s.precision();
            }
        }
        if (s.width() < 0) {
            return body;
        }
        if (len < 0) {
            len = body.codePointCount(0, body.length());
        }
        return pad(body, len, s, '<');
    }

    /** Pads {@code body} (of {@code len} code points) to the spec's width by its alignment. */
    private static String pad(String body, int len, Spec s, char defaultAlign) {
        long padLen = s.width() - len;
        if (padLen <= 0) {
            return body;
        }
        char align = s.align() == 0 ? defaultAlign : s.align();
        long left = align == '>' ? padLen : align == '^' ? padLen / 2 : 0;
        StringBuilder sb = new StringBuilder(body.length() + (int) Math.min(padLen, 1 << 20));
        repeat(sb, s.fill(), left);
        sb.append(body);
        repeat(sb, s.fill(), padLen - left);
        return sb.toString();
    }

    // ---- numbers: the common layout ----

    /**
     * Lays out a number as CPython does: [padding][sign][prefix][zero/sign padding][grouped
     * digits][. and the rest][padding]. {@code body} is the unsigned text: leading ASCII digits are
     * grouped, and with '=' alignment and '0' fill they are padded with zeros that are grouped too.
     */
    private static String layout(Spec s, char signChar, String prefix, String body, int groupEvery) {
        int digitsEnd = 0;
        while (digitsEnd < body.length() && body.charAt(digitsEnd) >= '0' && body.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        return layout(s, signChar, prefix, body, digitsEnd, groupEvery);
    }

    /** The layout with the first {@code digitsEnd} chars of {@code body} as the digits to group. */
    private static String layout(Spec s, char signChar, String prefix, String body, int digitsEnd, int groupEvery) {
        int n = body.length();
        int restLen = body.codePointCount(digitsEnd, n);
        char sign = signChar == '-' ? '-' : s.sign() == '+' ? '+' : s.sign() == ' ' ? ' ' : 0;
        int signLen = sign != 0 ? 1 : 0;
        char align = s.align() == 0 ? '>' : s.align();
        long minWidth = s.fill() == '0' && align == '=' ? s.width() - signLen - prefix.length() - restLen : 0;
        String digits = body.substring(0, digitsEnd);
        if (s.grouping() != 0 && digitsEnd > 0) {
            digits = group(digits, s.grouping(), groupEvery, minWidth);
        } else if (digitsEnd > 0 && minWidth > digitsEnd) {
            digits = "0".repeat(checkedWidth(minWidth - digitsEnd)) + digits;
        }
        long total = signLen + prefix.length() + digits.length() + restLen;
        long padding = s.width() - total;
        StringBuilder sb = new StringBuilder((int) Math.max(total, Math.min(s.width(), 1 << 20)));
        if (padding > 0 && align == '>') {
            repeat(sb, s.fill(), padding);
        } else if (padding > 0 && align == '^') {
            repeat(sb, s.fill(), padding / 2);
        }
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        if (padding > 0 && align == '=') {
            repeat(sb, s.fill(), padding);
        }
        sb.append(digits).append(body, digitsEnd, n);
        if (padding > 0 && align == '<') {
            repeat(sb, s.fill(), padding);
        } else if (padding > 0 && align == '^') {
            repeat(sb, s.fill(), padding - padding / 2);
        }
        return sb.toString();
    }

    /**
     * Inserts a separator every {@code every} digits from the right; when {@code minWidth} asks for
     * more, adds leading zeros (grouped as well) until the text is at least that wide, never starting
     * with a separator.
     */
    static String group(String digits, char sep, int every, long minWidth) {
        StringBuilder rev = new StringBuilder(digits.length() * 2);
        int remaining = digits.length();
        long min = minWidth;
        boolean firstGroup = true;
        while (true) {
            if (!firstGroup) {
                rev.append(sep);
            }
            firstGroup = false;
            long len = Math.min(every, Math.max(Math.max(remaining, min), 1));
            int take = (int) Math.min(remaining, len);
            for (int k = 0; k < take; k++) {
                rev.append(digits.charAt(remaining - 1 - k));
            }
            for (long k = take; k < len; k++) {
                rev.append('0');
            }
            remaining -= take;
            min -= len;
            if (remaining <= 0 && min <= 0) {
                break;
            }
            min -= 1;
            if (rev.length() > Integer.MAX_VALUE / 2) {
                throw PyException.of(Exc.MemoryError, null);
            }
        }
        return rev.reverse().toString();
    }

    // ---- int ----

    public static String formatInt(BigInteger v, String spec) {
        return formatInt((Object) v, spec);
    }

    /** {@code int.__format__} for a Long, BigInteger or Boolean. */
    public static String formatInt(Object v, String spec) {
        if (spec.isEmpty()) {
            return v instanceof Boolean b ? (b ? "True" : "False") : v instanceof BigInteger b ? IntMethods.decimal(b) : v.toString();
        }
        Spec s = parse(spec, v instanceof Boolean ? "bool" : "int", 'd');
        int type = s.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(Arith.toDouble(v), s);
            }
            case 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> { }
            default -> throw PyException.valueError("Unknown format code '" + typeChar(type) + "' for object of type '"
                    + (v instanceof Boolean ? "bool" : "int") + "'");
        }
        if (s.precision() >= 0) {
            throw PyException.valueError("Precision not allowed in integer format specifier");
        }
        if (s.noNegZero()) {
            throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (s.sign() != 0) {
                throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (s.alt()) {
                throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            long cp = v instanceof Long l ? l : v instanceof Boolean b ? (b ? 1 : 0) : -1;
            if (v instanceof BigInteger) {
                throw PyException.overflow("Python int too large to convert to C long");
            }
            if (cp < 0 || cp > 0x10ffff) {
                throw PyException.overflow("%c arg not in range(0x110000)");
            }
            return layout(s, (char) 0, "", Character.toString((int) cp), 0, 3);
        }
        boolean negative;
        String digits;
        if (v instanceof BigInteger b) {
            negative = b.signum() < 0;
            digits = radix(type) == 10 ? IntMethods.decimal(b.abs()) : b.abs().toString(radix(type));
        } else {
            long x = v instanceof Long l ? l : ((Boolean) v ? 1 : 0);
            negative = x < 0;
            digits = switch (type) {
                case 'b' -> Long.toBinaryString(Math.abs(x));
                case 'o' -> Long.toOctalString(Math.abs(x));
                case 'x', 'X' -> Long.toHexString(Math.abs(x));
                default -> Long.toString(x);
            };
            if (x == Long.MIN_VALUE) {
                digits = BigInteger.valueOf(x).abs().toString(radix(type));
            } else if (negative && digits.charAt(0) == '-') {
                digits = digits.substring(1);
            }
        }
        String prefix = "";
        if (s.alt()) {
            prefix = switch (type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        return layout(s, negative ? '-' : 0, prefix, digits, digits.length(), type == 'd' || type == 'n' ? 3 : 4);
    }

    private static int radix(int type) {
        return switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
    }

    // ---- float ----

    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return Repr.floatRepr(d);
        }
        return formatFloat(d, parse(spec, "float", 0));
    }

    private static String formatFloat(double d, Spec s) {
        int type = s.type();
        boolean addDot0 = false;
        long precision = s.precision();
        switch (type) {
            case 0 -> {
                addDot0 = true;
                type = precision < 0 ? 'r' : 'g';
            }
            case 'n' -> type = 'g';
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> { }
            default -> throw PyException.valueError("Unknown format code '" + typeChar(type) + "' for object of type 'float'");
        }
        if (precision < 0) {
            precision = type == 'r' ? 0 : 6;
        }
        if (precision > Integer.MAX_VALUE / 2) {
            throw PyException.of(Exc.MemoryError, null);
        }
        boolean pct = type == '%';
        double v = pct ? d * 100 : d;
        boolean negative = Math.copySign(1.0, v) < 0 && !Double.isNaN(v);
        String body = floatBody(Math.abs(v), pct ? 'f' : (char) type, (int) precision, s.alt(), addDot0);
        if (pct) {
            body = body + "%";
        }
        if (negative && s.noNegZero() && isZero(body)) {
            negative = false;
        }
        return layout(s, negative ? '-' : 0, "", body, 3);
    }

    /** Whether the digits of a formatted number are all zeros. */
    static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E' || c == 'n' || c == 'N' || c == 'i' || c == 'I') {
                return c == 'e' || c == 'E';
            }
        }
        return true;
    }

    /**
     * The unsigned text of {@code a >= 0} (or nan) in CPython's float presentation {@code type}: 'e',
     * 'f', 'g' (or their upper-case forms) with {@code precision}, or 'r' for the shortest repr;
     * {@code alt} keeps the decimal point (and, for 'g', trailing zeros), {@code addDot0} gives
     * integral positional values a ".0".
     */
    public static String floatBody(double a, char type, int precision, boolean alt, boolean addDot0) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        char t = Character.toLowerCase(type);
        if (Double.isNaN(a)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(a)) {
            return upper ? "INF" : "inf";
        }
        Digits dg;
        int vend;
        boolean useExp = false;
        switch (t) {
            case 'e' -> {
                dg = significant(a, precision + 1);
                useExp = true;
                vend = precision + 1;
            }
            case 'f' -> {
                dg = fixed(a, precision);
                vend = dg.decpt + precision;
            }
            case 'g' -> {
                if (precision == 0) {
                    precision = 1;
                }
                dg = significant(a, precision);
                useExp = dg.decpt <= -4 || dg.decpt > (addDot0 ? precision - 1 : precision);
                vend = alt ? precision : 0;
            }
            default -> {
                dg = shortest(a);
                useExp = dg.decpt <= -4 || dg.decpt > 16;
                vend = 0;
            }
        }
        String digits = dg.digits;
        int decpt = dg.decpt;
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        if (!useExp && addDot0) {
            vend = Math.max(vend, decpt + 1);
        } else {
            vend = Math.max(vend, decpt);
        }
        int len = digits.length();
        StringBuilder sb = new StringBuilder(Math.max(len, vend) + 8);
        if (decpt <= 0) {
            sb.append("0.");
            sb.repeat('0', -decpt);
            sb.append(digits);
            sb.repeat('0', Math.max(0, vend - len));
        } else if (decpt <= len) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, len);
            sb.repeat('0', Math.max(0, vend - len));
        } else {
            sb.append(digits);
            sb.repeat('0', decpt - len);
            sb.append('.');
            sb.repeat('0', Math.max(0, vend - decpt));
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        }
        return sb.toString();
    }

    /** A decimal a = 0.DIGITS × 10^decpt; digits has no trailing zeros ("0" for zero, decpt 1). */
    public record Digits(String digits, int decpt) {}

    private static final Digits ZERO = new Digits("0", 1);

    /** The shortest digits that read back as {@code a} (finite, >= 0), the nearest when several. */
    public static Digits shortest(double a) {
        if (a == 0) {
            return ZERO;
        }
        // Double.toString gives the shortest round-tripping digits (JDK 19+) but at least two.
        String java = Double.toString(a);
        StringBuilder digits = new StringBuilder(20);
        int pointPos = -1;
        int exp = 0;
        for (int i = 0; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '.') {
                pointPos = digits.length();
            } else if (c == 'E') {
                exp = Integer.parseInt(java, i + 1, java.length(), 10);
                break;
            } else {
                digits.append(c);
            }
        }
        int decpt = pointPos + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        decpt -= lead;
        int end = digits.length();
        while (end > lead + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        String ds = digits.substring(lead, end);
        if (ds.length() == 2) {
            // A single digit may round-trip too (5e-324 prints as 4.9E-324): prefer it, nearest first.
            int d0 = ds.charAt(0) - '0';
            int d1 = ds.charAt(1) - '0';
            int[] tries = d1 < 5 ? new int[] {d0, d0 + 1} : new int[] {d0 + 1, d0};
            for (int t : tries) {
                int tDecpt = t == 10 ? decpt + 1 : decpt;
                int digit = t == 10 ? 1 : t;
                if (digit > 0 && Double.parseDouble(digit + "E" + (tDecpt - 1)) == a) {
                    return new Digits(Integer.toString(digit), tDecpt);
                }
            }
        }
        return new Digits(ds, decpt);
    }

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /**
     * Whether the shortest digits are already the correctly rounded result on a decimal grid of
     * spacing 10^-{@code fracDigits} (the unit in the last place is well below the spacing, so the
     * shortest decimal, being within half an ulp, is the grid point nearest the exact value).
     */
    private static boolean shortestIsExact(double a, Digits sh, long fracDigits) {
        if (fracDigits < -22 || fracDigits > 22 || sh.digits.length() - sh.decpt > fracDigits) {
            return false;
        }
        double spacing = fracDigits >= 0 ? 1 / POW10[(int) fracDigits] : POW10[(int) -fracDigits];
        return Math.ulp(a) * 4 < spacing;
    }

    /** {@code a} (finite, >= 0) correctly rounded (half-even) to {@code precision} fraction digits. */
    static Digits fixed(double a, int precision) {
        if (a == 0) {
            return ZERO;
        }
        Digits fast = fixedSmall(a, precision);
        if (fast != null) {
            return fast;
        }
        Digits sh = shortest(a);
        if (shortestIsExact(a, sh, precision)) {
            return sh;
        }
        BigDecimal r = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN);
        return fromBig(r);
    }

    private static final long[] POW10_LONG = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10_LONG.length; i++) {
            POW10_LONG[i] = p;
            p *= 10;
        }
    }

    /**
     * The exact rounding of a = m·2^e (e < 0) to {@code precision} <= 18 fraction digits in 128-bit
     * integer arithmetic: round-half-even of m·10^precision / 2^-e. Null when the result needs more
     * than 63 bits.
     */
    private static Digits fixedSmall(double a, int precision) {
        if (precision > 18) {
            return null;
        }
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        if (biased == 0) {
            biased = 1;
        } else {
            m |= 1L << 52;
        }
        int shift = 1075 - biased;
        if (shift <= 0) {
            return null;
        }
        long scale = POW10_LONG[precision];
        long hi = Math.multiplyHigh(m, scale);
        long lo = m * scale;
        long q;
        int cmp;
        if (shift >= 128) {
            return ZERO;
        } else if (shift >= 64) {
            int hs = shift - 64;
            q = hi >>> hs;
            long remHi = hs == 0 ? 0 : hi & ((1L << hs) - 1);
            long halfHi = hs == 0 ? 0 : 1L << (hs - 1);
            long halfLo = hs == 0 ? Long.MIN_VALUE : 0;
            cmp = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(lo, halfLo);
        } else {
            if ((hi >>> (shift - 1)) != 0) {
                return null;
            }
            q = (hi << (64 - shift)) | (lo >>> shift);
            long rem = lo & ((1L << shift) - 1);
            cmp = Long.compareUnsigned(rem, 1L << (shift - 1));
        }
        if (cmp > 0 || (cmp == 0 && (q & 1) == 1)) {
            q++;
        }
        if (q == 0) {
            return ZERO;
        }
        String u = Long.toString(q);
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(u.substring(0, end), u.length() - precision);
    }

    /** {@code a} (finite, >= 0) correctly rounded (half-even) to {@code n} significant digits. */
    static Digits significant(double a, int n) {
        if (a == 0) {
            return ZERO;
        }
        if (n <= 17) {
            // Round to the fraction digits that leave n significant ones, if the estimated
            // exponent proves right (q must have exactly n digits, or be 10^n after a carry).
            int p = n - 1 - (int) Math.floor(Math.log10(a));
            for (int attempt = 0; attempt < 3 && p >= 0 && p <= 18; attempt++) {
                Digits d = fixedSmall(a, p);
                if (d == null || d == ZERO) {
                    break;
                }
                int len = d.decpt + p;
                if (len == n && d.digits.equals("1") && p < 18) {
                    // A carry to a power of ten may hide an exponent estimated one too high.
                    Digits finer = fixedSmall(a, p + 1);
                    return finer != null && finer.decpt + p + 1 == n ? finer : d;
                }
                if (len == n || (len == n + 1 && d.digits.equals("1"))) {
                    return d;
                }
                p += len < n ? 1 : -1;
            }
        }
        Digits sh = shortest(a);
        if (sh.digits.length() <= n && shortestIsExact(a, sh, (long) n - sh.decpt)) {
            return sh;
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBig(r);
    }

    private static Digits fromBig(BigDecimal r) {
        if (r.signum() == 0) {
            return ZERO;
        }
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(u.substring(0, end), decpt);
    }

    // ---- any object ----

    /** The format_spec argument of a {@code __format__} method, which must be a str. */
    public static String specArg(Object spec) {
        Object u = PyValueInstance.unwrap(spec);
        if (u instanceof String s) {
            return s;
        }
        throw PyException.typeError("__format__() argument must be str, not "
                + (spec == Singleton.NONE ? "None" : Ops.typeName(spec)));
    }

    /** format(value, spec) for any object. */
    public static String format(ThreadState ts, Object value, String spec) {
        if (value instanceof String s) {
            return formatStr(s, spec);
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            return formatInt(value, spec);
        }
        if (value instanceof Double d) {
            return formatFloat(d, spec);
        }
        Object r = Ops.callMethod(ts, value, "__format__", spec);
        if (!(r instanceof String s)) {
            throw PyException.typeError("__format__ must return a str, not " + Ops.typeName(r));
        }
        return s;
    }
}
