package org.pythebo.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** The format-spec mini-language of format(), str.format and f-strings, for int, float and str. */
public final class Formatter {
    private Formatter() {}

    /** A parsed spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
    record Spec(char fill, char align, char sign, boolean alt, int width, char grouping, int precision, char type) {}

    static Spec parse(String spec) {
        int i = 0;
        int n = spec.length();
        char fill = ' ';
        char align = 0;
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = 0;
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alt = false;
        if (i < n && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = -1;
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            width = Integer.parseInt(spec.substring(start, i));
        }
        char grouping = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyException.valueError("Format specifier missing precision");
            }
            precision = Integer.parseInt(spec.substring(start, i));
        }
        char type = 0;
        if (i < n) {
            type = spec.charAt(i++);
        }
        if (i < n) {
            throw PyException.valueError("Invalid format specifier '" + spec + "' for object of type '%s'");
        }
        return new Spec(fill, align, sign, alt, width, grouping, precision, type);
    }

    static String pad(String body, Spec s, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (s.width() <= len) {
            return body;
        }
        int padLen = s.width() - len;
        String fill = String.valueOf(s.fill());
        char align = s.align() == 0 ? defaultAlign : s.align();
        return switch (align) {
            case '<' -> body + fill.repeat(padLen);
            case '^' -> fill.repeat(padLen / 2) + body + fill.repeat(padLen - padLen / 2);
            case '=' -> {
                int signLen = !body.isEmpty() && (body.charAt(0) == '-' || body.charAt(0) == '+' || body.charAt(0) == ' ') ? 1 : 0;
                if (body.startsWith("0x", signLen) || body.startsWith("0b", signLen) || body.startsWith("0o", signLen)
                        || body.startsWith("0X", signLen)) {
                    signLen += 2;
                }
                yield body.substring(0, signLen) + fill.repeat(padLen) + body.substring(signLen);
            }
            default -> fill.repeat(padLen) + body;
        };
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % every;
        if (first == 0) {
            first = every;
        }
        sb.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += every) {
            sb.append(sep).append(digits, i, i + every);
        }
        return sb.toString();
    }

    private static String signed(boolean negative, char sign, String body) {
        if (negative) {
            return "-" + body;
        }
        return sign == '+' ? "+" + body : sign == ' ' ? " " + body : body;
    }

    public static String formatInt(BigInteger v, String spec) {
        if (spec.isEmpty()) {
            return v.toString();
        }
        Spec s = parse(spec);
        char type = s.type() == 0 ? 'd' : s.type();
        if ("eEfFgG%".indexOf(type) >= 0) {
            return formatFloat(v.doubleValue(), spec);
        }
        BigInteger a = v.abs();
        String digits;
        String prefix = "";
        switch (type) {
            case 'd', 'n' -> digits = group(a.toString(), s.grouping(), 3);
            case 'b' -> {
                digits = group(a.toString(2), s.grouping(), 4);
                prefix = s.alt() ? "0b" : "";
            }
            case 'o' -> {
                digits = group(a.toString(8), s.grouping(), 4);
                prefix = s.alt() ? "0o" : "";
            }
            case 'x' -> {
                digits = group(a.toString(16), s.grouping(), 4);
                prefix = s.alt() ? "0x" : "";
            }
            case 'X' -> {
                digits = group(a.toString(16).toUpperCase(), s.grouping(), 4);
                prefix = s.alt() ? "0X" : "";
            }
            case 'c' -> {
                return pad(Character.toString(v.intValue()), s, '<');
            }
            default -> throw PyException.valueError("Unknown format code '" + type + "' for object of type 'int'");
        }
        if (s.fill() == '0' && s.align() == '=' && s.grouping() != 0 && s.width() > 0) {
            int want = s.width() - prefix.length() - (v.signum() < 0 || s.sign() == '+' || s.sign() == ' ' ? 1 : 0);
            String raw = digits.replace(String.valueOf(s.grouping()), "");
            while (group(raw, s.grouping(), type == 'd' || type == 'n' ? 3 : 4).length() < want) {
                raw = "0" + raw;
            }
            digits = group(raw, s.grouping(), type == 'd' || type == 'n' ? 3 : 4);
        }
        return pad(signed(v.signum() < 0, s.sign(), prefix + digits), s, '>');
    }

    public static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return Repr.floatRepr(d);
        }
        Spec s = parse(spec);
        char type = s.type();
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (Character.isUpperCase(type)) {
                body = body.toUpperCase();
            }
            negative = d < 0;
            return pad(signed(negative, s.sign(), body), s, '>');
        }
        int prec = s.precision() < 0 ? 6 : s.precision();
        switch (type) {
            case 'f', 'F' -> body = fixed(a, prec, s.grouping());
            case '%' -> body = fixed(a * 100, prec, s.grouping()) + "%";
            case 'e', 'E' -> {
                body = exponent(a, prec, s.alt());
                if (type == 'E') {
                    body = body.toUpperCase();
                }
            }
            case 'g', 'G', 0 -> {
                if (type == 0 && s.precision() < 0) {
                    String r = Repr.floatRepr(a);
                    body = s.grouping() != 0 ? groupFixed(r, s.grouping()) : r;
                } else {
                    body = general(a, s.precision() < 0 ? 6 : Math.max(prec, 1), s.alt() , type == 0, s.grouping());
                    if (type == 'G') {
                        body = body.toUpperCase();
                    }
                }
            }
            default -> throw PyException.valueError("Unknown format code '" + type + "' for object of type 'float'");
        }
        return pad(signed(negative, s.sign(), body), s, '>');
    }

    private static String groupFixed(String num, char sep) {
        int dot = num.indexOf('.');
        String intPart = dot < 0 ? num : num.substring(0, dot);
        return group(intPart, sep, 3) + (dot < 0 ? "" : num.substring(dot));
    }

    static String fixed(double a, int prec, char grouping) {
        String r = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return grouping != 0 ? groupFixed(r, grouping) : r;
    }

    static String exponent(double a, int prec, boolean alt) {
        if (a == 0) {
            return "0" + (prec > 0 ? "." + "0".repeat(prec) : alt ? "." : "") + "e+00";
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        while (digits.length() < prec + 1) {
            digits = digits + "0";
        }
        digits = digits.substring(0, prec + 1);
        String mant = digits.charAt(0) + (prec > 0 ? "." + digits.substring(1) : alt ? "." : "");
        return mant + (exp < 0 ? "e-" : "e+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String general(double a, int p, boolean alt, boolean noType, char grouping) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = bd.precision() - 1 - bd.scale();
        }
        String r;
        if (exp >= -4 && exp < p) {
            r = fixed(a, p - 1 - exp, grouping);
            if (!alt && r.indexOf('.') >= 0) {
                r = r.replaceAll("0+$", "");
                if (r.endsWith(".")) {
                    r = noType ? r + "0" : r.substring(0, r.length() - 1);
                }
            }
        } else {
            r = exponent(a, p - 1, alt);
            if (!alt) {
                int e = r.indexOf('e');
                String m = r.substring(0, e);
                if (m.indexOf('.') >= 0) {
                    m = m.replaceAll("0+$", "");
                    if (m.endsWith(".")) {
                        m = m.substring(0, m.length() - 1);
                    }
                }
                r = m + r.substring(e);
            }
        }
        return r;
    }

    public static String formatStr(String v, String spec) {
        if (spec.isEmpty()) {
            return v;
        }
        Spec s = parse(spec);
        if (s.type() != 0 && s.type() != 's') {
            throw PyException.valueError("Unknown format code '" + s.type() + "' for object of type 'str'");
        }
        if (s.sign() != 0) {
            throw PyException.valueError("Sign not allowed in string format specifier");
        }
        if (s.align() == '=') {
            throw PyException.valueError("'=' alignment not allowed in string format specifier");
        }
        String body = s.precision() >= 0 && s.precision() < v.length() ? v.substring(0, s.precision()) : v;
        return pad(body, s, '<');
    }

    /** format(value, spec) for any object. */
    public static String format(ThreadState ts, Object value, String spec) {
        if (value instanceof String s) {
            return formatStr(s, spec);
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return formatInt(Arith.big(value), spec);
        }
        if (value instanceof Double d) {
            return formatFloat(d, spec);
        }
        if (value instanceof Boolean b && spec.isEmpty()) {
            return b ? "True" : "False";
        }
        if (value instanceof Boolean b) {
            return formatInt(b ? BigInteger.ONE : BigInteger.ZERO, spec);
        }
        Object r = Ops.callMethod(ts, value, "__format__", spec);
        if (!(r instanceof String s)) {
            throw PyException.typeError("__format__ must return a str, not " + Ops.typeName(r));
        }
        return s;
    }
}
