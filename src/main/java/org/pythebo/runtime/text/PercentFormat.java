package org.pythebo.runtime.text;

import java.math.BigInteger;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.Formatter;
import org.pythebo.runtime.numbers.IntMethods;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;

/** printf-style formatting, {@code str % args}, with CPython's argument rules and messages. */
public final class PercentFormat {
    private final ThreadState ts;
    private final String fmt;
    /** The tuple of arguments, or null when a single object (or a mapping value) is the argument. */
    private Object[] tuple;
    /** The single argument when {@code tuple} is null. */
    private Object single;
    private int argLen;
    private int argIdx;
    /** The mapping for %(key)s, or null. */
    private final Object dict;

    private PercentFormat(ThreadState ts, String fmt, Object args) {
        this.ts = ts;
        this.fmt = fmt;
        Object a = PyValueInstance.unwrap(args);
        if (a instanceof PyTuple t) {
            tuple = t.items;
            argLen = tuple.length;
            argIdx = 0;
        } else {
            single = args;
            argLen = -1;
            argIdx = -2;
        }
        dict = !(a instanceof PyTuple) && !(a instanceof String) && isMapping(args) ? args : null;
    }

    private static boolean isMapping(Object o) {
        return o instanceof PyDict || o instanceof PyList || Ops.type(o).lookup("__getitem__") != null;
    }

    /** {@code fmt % args}. */
    public static String format(ThreadState ts, String fmt, Object args) {
        return new PercentFormat(ts, fmt, args).run();
    }

    private Object nextArg() {
        if (argIdx < argLen) {
            int i = argIdx++;
            return argLen < 0 ? single : tuple[i];
        }
        throw PyException.typeError("not enough arguments for format string");
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private String run() {
        int n = fmt.length();
        StringBuilder sb = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            int pct = fmt.indexOf('%', i);
            if (pct < 0) {
                sb.append(fmt, i, n);
                break;
            }
            sb.append(fmt, i, pct);
            i = pct + 1;
            if (i < n && fmt.charAt(i) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            i = one(sb, i);
        }
        if (argIdx < argLen && dict == null) {
            throw PyException.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private PyException incomplete() {
        return PyException.valueError("incomplete format");
    }

    /** Formats the conversion whose text starts at {@code i} (after the '%'); returns the index after it. */
    private int one(StringBuilder sb, int i) {
        int n = fmt.length();
        if (i < n && fmt.charAt(i) == '(') {
            int depth = 1;
            int keyStart = ++i;
            while (i < n && depth > 0) {
                char c = fmt.charAt(i++);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            if (depth > 0) {
                throw PyException.valueError("incomplete format key");
            }
            if (dict == null) {
                throw PyException.typeError("format requires a mapping");
            }
            single = Ops.getItem(ts, dict, fmt.substring(keyStart, i - 1));
            tuple = null;
            argLen = -1;
            argIdx = -2;
        }
        int flags = 0;
        flagLoop:
        while (i < n) {
            switch (fmt.charAt(i)) {
                case '-' -> flags |= F_LJUST;
                case '+' -> flags |= F_SIGN;
                case ' ' -> flags |= F_BLANK;
                case '#' -> flags |= F_ALT;
                case '0' -> flags |= F_ZERO;
                default -> {
                    break flagLoop;
                }
            }
            i++;
        }
        long width = -1;
        if (i < n && fmt.charAt(i) == '*') {
            width = starArg();
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else {
            int start = i;
            long w = 0;
            while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                int d = fmt.charAt(i++) - '0';
                if (w > (Long.MAX_VALUE - d) / 10) {
                    throw PyException.valueError("width too big");
                }
                w = w * 10 + d;
            }
            if (i > start) {
                width = w;
            }
        }
        long prec = -1;
        if (i < n && fmt.charAt(i) == '.') {
            i++;
            if (i < n && fmt.charAt(i) == '*') {
                prec = Math.max(0, starArg());
                i++;
            } else {
                long p = 0;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    int d = fmt.charAt(i++) - '0';
                    if (p > (Long.MAX_VALUE - d) / 10) {
                        throw PyException.valueError("precision too big");
                    }
                    p = p * 10 + d;
                }
                prec = p;
            }
        }
        while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
            i++;
        }
        if (i >= n) {
            throw incomplete();
        }
        int conv = fmt.codePointAt(i);
        int convIndex = i;
        i += Character.charCount(conv);
        if (width > Integer.MAX_VALUE - 64 || prec > Integer.MAX_VALUE - 64) {
            throw PyException.of(Exc.MemoryError, null);
        }
        Object v = nextArg();
        switch (conv) {
            case 's', 'r', 'a' -> {
                String s = conv == 's' ? Ops.str(ts, v)
                        : conv == 'r' ? Ops.repr(ts, v) : StrMethods.ascii(Ops.repr(ts, v));
                if (prec >= 0 && prec < s.length() && prec < s.codePointCount(0, s.length())) {
                    s = s.substring(0, s.offsetByCodePoints(0, (int) prec));
                }
                padText(sb, s, (int) width, flags);
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> formatInteger(sb, v, (char) conv, (int) width, (int) prec, flags);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = realArg(v);
                String body = Formatter.floatBody(Math.abs(d), (char) conv, prec < 0 ? 6 : (int) prec,
                        (flags & F_ALT) != 0, false);
                boolean negative = Math.copySign(1.0, d) < 0 && !Double.isNaN(d);
                padNumber(sb, sign(negative, flags), "", body, (int) width, flags);
            }
            case 'c' -> padText(sb, charArg(v), (int) width, flags);
            default -> throw PyException.valueError("unsupported format character '"
                    + (conv >= 32 && conv < 127 ? String.valueOf((char) conv) : "?") + "' (0x" + Integer.toHexString(conv)
                    + ") at index " + fmt.codePointCount(0, convIndex));
        }
        return i;
    }

    private long starArg() {
        Object v = PyValueInstance.unwrap(nextArg());
        if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean)) {
            throw PyException.typeError("* wants int");
        }
        return Ops.index(v);
    }

    private static String sign(boolean negative, int flags) {
        return negative ? "-" : (flags & F_SIGN) != 0 ? "+" : (flags & F_BLANK) != 0 ? " " : "";
    }

    private static void padText(StringBuilder sb, String s, int width, int flags) {
        int pad = width < 0 ? 0 : width - s.codePointCount(0, s.length());
        if (pad > 0 && (flags & F_LJUST) == 0) {
            sb.repeat(' ', pad);
        }
        sb.append(s);
        if (pad > 0 && (flags & F_LJUST) != 0) {
            sb.repeat(' ', pad);
        }
    }

    /** A number: spaces before (or after, with '-'), or zeros between sign/prefix and digits with '0'. */
    private static void padNumber(StringBuilder sb, String sign, String prefix, String body, int width, int flags) {
        int pad = width - sign.length() - prefix.length() - body.length();
        if (pad > 0 && (flags & F_LJUST) == 0 && (flags & F_ZERO) == 0) {
            sb.repeat(' ', pad);
        }
        sb.append(sign).append(prefix);
        if (pad > 0 && (flags & F_LJUST) == 0 && (flags & F_ZERO) != 0) {
            sb.repeat('0', pad);
        }
        sb.append(body);
        if (pad > 0 && (flags & F_LJUST) != 0) {
            sb.repeat(' ', pad);
        }
    }

    private PyException wrongType(char conv, Object v) {
        return PyException.typeError("%" + conv + " format: "
                + (conv == 'o' || conv == 'x' || conv == 'X' ? "an integer" : "a real number")
                + " is required, not " + Ops.typeName(v));
    }

    private void formatInteger(StringBuilder sb, Object arg, char conv, int width, int prec, int flags) {
        Object v = PyValueInstance.unwrap(arg);
        Object iv;
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            iv = v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        } else if (conv == 'o' || conv == 'x' || conv == 'X') {
            if (Ops.type(arg).lookup("__index__") == null) {
                throw wrongType(conv, arg);
            }
            iv = Convert.index(ts, arg);
        } else if (v instanceof Double) {
            iv = IntMethods.toInt(ts, v);
        } else {
            PyType t = Ops.type(arg);
            if (v instanceof String || (t.lookup("__int__") == null && t.lookup("__index__") == null
                    && t.lookup("__trunc__") == null)) {
                throw wrongType(conv, arg);
            }
            try {
                iv = IntMethods.toInt(ts, arg);
            } catch (PyException e) {
                if (e.exc.matches(Exc.TypeError)) {
                    throw wrongType(conv, arg);
                }
                throw e;
            }
        }
        BigInteger b = Arith.big(iv);
        boolean negative = b.signum() < 0;
        int radix = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
        String digits = iv instanceof Long l && l != Long.MIN_VALUE ? Long.toString(Math.abs(l), radix)
                : radix == 10 ? IntMethods.decimal(b.abs()) : b.abs().toString(radix);
        if (conv == 'X') {
            digits = digits.toUpperCase();
        }
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String prefix = (flags & F_ALT) == 0 ? "" : conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
        padNumber(sb, sign(negative, flags), prefix, digits, width, flags);
    }

    /** The float value of a %e/%f/%g argument (CPython's PyFloat_AsDouble). */
    double realArg(Object arg) {
        return Convert.asDouble(ts, arg);
    }

    private String charArg(Object arg) {
        Object v = PyValueInstance.unwrap(arg);
        if (v instanceof String s) {
            if (s.isEmpty() || s.length() > 2 || s.codePointCount(0, s.length()) != 1) {
                throw PyException.typeError("%c requires int or char");
            }
            return s;
        }
        Object iv;
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            iv = v;
        } else if (Ops.type(arg).lookup("__index__") != null) {
            iv = Convert.index(ts, arg);
        } else {
            throw PyException.typeError("%c requires int or char");
        }
        if (iv instanceof BigInteger) {
            throw PyException.overflow("Python int too large to convert to C long");
        }
        long cp = iv instanceof Boolean b ? (b ? 1 : 0) : (Long) iv;
        if (cp < 0 || cp > 0x10ffff) {
            throw PyException.overflow("%c arg not in range(0x110000)");
        }
        return Character.toString((int) cp);
    }
}
