package org.pythebo.runtime;

import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.PyAttrs.PyMethod;

/**
 * The methods of {@code str}. Indexes count code points; strings of only BMP characters (the
 * common case) index chars directly.
 */
public final class StrMethods {
    private StrMethods() {}

    static boolean bmpOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static Object getItem(String s, Object key) {
        if (key instanceof PySlice sl) {
            int[] cps = s.codePoints().toArray();
            long[] ix = sl.indices(cps.length);
            StringBuilder sb = new StringBuilder();
            for (long i = 0; i < ix[3]; i++) {
                sb.appendCodePoint(cps[(int) (ix[0] + i * ix[2])]);
            }
            return sb.toString();
        }
        if (!(key instanceof Long || key instanceof Boolean)) {
            throw PyException.typeError("string indices must be integers, not '" + Ops.typeName(key) + "'");
        }
        long i = Ops.index(key);
        if (bmpOnly(s)) {
            long j = i < 0 ? i + s.length() : i;
            if (j < 0 || j >= s.length()) {
                throw PyException.indexError("string index out of range");
            }
            return String.valueOf(s.charAt((int) j));
        }
        int[] cps = s.codePoints().toArray();
        long j = i < 0 ? i + cps.length : i;
        if (j < 0 || j >= cps.length) {
            throw PyException.indexError("string index out of range");
        }
        return Character.toString(cps[(int) j]);
    }

    /** ascii(): the repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    private static String self(Object o) {
        return (String) o;
    }

    @PyMethod("($type, object=?, encoding=?, errors=?)")
    public static Object __new__(ThreadState ts, Object cls, Object object, Object encoding, Object errors) {
        if (cls != PyType.STR) {
            throw PyException.typeError("subclasses of str are not supported yet");
        }
        return object == null ? "" : Ops.str(ts, object);
    }

    @PyMethod("($self, iterable, /)")
    public static Object join(ThreadState ts, Object self, Object iterable) {
        Object[] items = Ops.toArray(ts, iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof String s)) {
                throw PyException.typeError("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i])
                        + " found");
            }
            if (i > 0) {
                sb.append(self(self));
            }
            sb.append(s);
        }
        return sb.toString();
    }

    @PyMethod("($self, /, sep=None, maxsplit=-1)")
    public static Object split(Object self, Object sep, Object maxsplit) {
        String s = self(self);
        long max = Ops.index(maxsplit);
        List<Object> out = new ArrayList<>();
        if (sep == Singleton.NONE) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && out.size() >= max) {
                    out.add(s.substring(i).stripTrailing());
                    break;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return new PyList(out.toArray());
        }
        if (!(sep instanceof String sp)) {
            throw PyException.typeError("must be str or None, not " + Ops.typeName(sep));
        }
        if (sp.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        int i = 0;
        while (max < 0 || out.size() < max) {
            int j = s.indexOf(sp, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sp.length();
        }
        out.add(s.substring(i));
        return new PyList(out.toArray());
    }

    private static String stripChars(String s, Object chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (chars == Singleton.NONE) {
            while (left && i < j && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && Character.isWhitespace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            String cs = (String) chars;
            while (left && i < j && cs.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    @PyMethod("($self, chars=None, /)")
    public static Object strip(Object self, Object chars) { return stripChars(self(self), chars, true, true); }

    @PyMethod("($self, chars=None, /)")
    public static Object lstrip(Object self, Object chars) { return stripChars(self(self), chars, true, false); }

    @PyMethod("($self, chars=None, /)")
    public static Object rstrip(Object self, Object chars) { return stripChars(self(self), chars, false, true); }

    @PyMethod("($self, /)")
    public static Object upper(Object self) { return self(self).toUpperCase(); }

    @PyMethod("($self, /)")
    public static Object lower(Object self) { return self(self).toLowerCase(); }

    @PyMethod("($self, /)")
    public static Object capitalize(Object self) {
        String s = self(self);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
    }

    @PyMethod("($self, /)")
    public static Object title(Object self) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (char c : self(self).toCharArray()) {
            sb.append(prevCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            prevCased = Character.isLetter(c);
        }
        return sb.toString();
    }

    @PyMethod("($self, /)")
    public static Object swapcase(Object self) {
        StringBuilder sb = new StringBuilder();
        for (char c : self(self).toCharArray()) {
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return sb.toString();
    }

    private static boolean affix(Object self, Object x, boolean prefix) {
        String s = self(self);
        if (x instanceof PyTuple t) {
            for (Object o : t.items) {
                if (affix(self, o, prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(x instanceof String a)) {
            throw PyException.typeError((prefix ? "startswith" : "endswith")
                    + " first arg must be str or a tuple of str, not " + Ops.typeName(x));
        }
        return prefix ? s.startsWith(a) : s.endsWith(a);
    }

    @PyMethod("($self, prefix, start=?, end=?, /)")
    public static Object startswith(Object self, Object prefix, Object start, Object end) {
        return affix(self, prefix, true);
    }

    @PyMethod("($self, suffix, start=?, end=?, /)")
    public static Object endswith(Object self, Object suffix, Object start, Object end) {
        return affix(self, suffix, false);
    }

    @PyMethod("($self, old, new, count=-1, /)")
    public static Object replace(Object self, Object old, Object repl, Object count) {
        String s = self(self);
        long n = Ops.index(count);
        String o = (String) old;
        String r = (String) repl;
        if (n < 0) {
            return s.replace(o, r);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (long k = 0; k < n; k++) {
            int j = s.indexOf(o, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(r);
            i = j + o.length();
            if (o.isEmpty()) {
                if (i < s.length()) {
                    sb.append(s.charAt(i));
                }
                i++;
            }
        }
        if (i <= s.length()) {
            sb.append(s.substring(i));
        }
        return sb.toString();
    }

    @PyMethod("($self, sub, start=?, end=?, /)")
    public static Object find(Object self, Object sub, Object start, Object end) {
        return (long) self(self).indexOf((String) sub, start == null ? 0 : (int) Ops.index(start));
    }

    @PyMethod("($self, sub, start=?, end=?, /)")
    public static Object rfind(Object self, Object sub, Object start, Object end) {
        return (long) self(self).lastIndexOf((String) sub);
    }

    @PyMethod("($self, sub, start=?, end=?, /)")
    public static Object index(Object self, Object sub, Object start, Object end) {
        long i = (Long) find(self, sub, start, end);
        if (i < 0) {
            throw PyException.valueError("substring not found");
        }
        return i;
    }

    @PyMethod("($self, sub, start=?, end=?, /)")
    public static Object count(Object self, Object sub, Object start, Object end) {
        String s = self(self);
        String t = (String) sub;
        if (t.isEmpty()) {
            return (long) s.codePointCount(0, s.length()) + 1;
        }
        long n = 0;
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + t.length())) {
            n++;
        }
        return n;
    }

    private static boolean all(String s, java.util.function.IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
    }

    @PyMethod("($self, /)")
    public static Object isdigit(Object self) { return all(self(self), Character::isDigit); }

    @PyMethod("($self, /)")
    public static Object isnumeric(Object self) { return all(self(self), Character::isDigit); }

    @PyMethod("($self, /)")
    public static Object isdecimal(Object self) { return all(self(self), Character::isDigit); }

    @PyMethod("($self, /)")
    public static Object isalpha(Object self) { return all(self(self), Character::isLetter); }

    @PyMethod("($self, /)")
    public static Object isalnum(Object self) { return all(self(self), Character::isLetterOrDigit); }

    @PyMethod("($self, /)")
    public static Object isspace(Object self) { return all(self(self), Character::isWhitespace); }

    @PyMethod("($self, /)")
    public static Object isupper(Object self) {
        String s = self(self);
        return s.chars().anyMatch(Character::isUpperCase) && s.chars().noneMatch(Character::isLowerCase);
    }

    @PyMethod("($self, /)")
    public static Object islower(Object self) {
        String s = self(self);
        return s.chars().anyMatch(Character::isLowerCase) && s.chars().noneMatch(Character::isUpperCase);
    }

    @PyMethod("($self, /)")
    public static Object isidentifier(Object self) {
        String s = self(self);
        return !s.isEmpty() && Character.isJavaIdentifierStart(s.charAt(0)) && s.charAt(0) != '$'
                && s.chars().allMatch(c -> Character.isJavaIdentifierPart(c) && c != '$');
    }

    private static String fillChar(Object fill) {
        String f = (String) fill;
        if (f.codePointCount(0, f.length()) != 1) {
            throw PyException.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    @PyMethod("($self, width, fillchar=' ', /)")
    public static Object center(Object self, Object width, Object fill) {
        String s = self(self);
        long w = Ops.index(width);
        int len = s.codePointCount(0, s.length());
        if (w <= len) {
            return s;
        }
        long marg = w - len;
        long left = marg / 2 + (marg & w & 1);
        String f = fillChar(fill);
        return f.repeat((int) left) + s + f.repeat((int) (marg - left));
    }

    @PyMethod("($self, width, fillchar=' ', /)")
    public static Object ljust(Object self, Object width, Object fill) {
        String s = self(self);
        long w = Ops.index(width);
        int len = s.codePointCount(0, s.length());
        return w <= len ? s : s + fillChar(fill).repeat((int) (w - len));
    }

    @PyMethod("($self, width, fillchar=' ', /)")
    public static Object rjust(Object self, Object width, Object fill) {
        String s = self(self);
        long w = Ops.index(width);
        int len = s.codePointCount(0, s.length());
        return w <= len ? s : fillChar(fill).repeat((int) (w - len)) + s;
    }

    @PyMethod("($self, width, /)")
    public static Object zfill(Object self, Object width) {
        String s = self(self);
        long w = Ops.index(width);
        if (w <= s.length()) {
            return s;
        }
        String zeros = "0".repeat((int) (w - s.length()));
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    @PyMethod("($self, sep, /)")
    public static Object partition(Object self, Object sep) {
        String s = self(self);
        String p = (String) sep;
        int i = s.indexOf(p);
        return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, i), p, s.substring(i + p.length()));
    }

    @PyMethod("($self, sep, /)")
    public static Object rpartition(Object self, Object sep) {
        String s = self(self);
        String p = (String) sep;
        int i = s.lastIndexOf(p);
        return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.substring(0, i), p, s.substring(i + p.length()));
    }

    @PyMethod("($self, /, keepends=False)")
    public static Object splitlines(ThreadState ts, Object self, Object keepends) {
        String s = self(self);
        boolean keep = Ops.isTrue(ts, keepends);
        List<Object> out = new ArrayList<>();
        int i = 0;
        int start = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                out.add(s.substring(start, keep ? i : end));
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return new PyList(out.toArray());
    }

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object format(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        String s = self(self);
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    sb.append('{');
                    i += 2;
                    continue;
                }
                int j = s.indexOf('}', i);
                if (j < 0) {
                    throw PyException.valueError("Single '{' encountered in format string");
                }
                String field = s.substring(i + 1, j);
                String spec = "";
                char conv = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                String first = field;
                String rest = "";
                for (int k = 0; k < field.length(); k++) {
                    if (field.charAt(k) == '.' || field.charAt(k) == '[') {
                        first = field.substring(0, k);
                        rest = field.substring(k);
                        break;
                    }
                }
                Object value;
                if (first.isEmpty()) {
                    if (auto >= args.length) {
                        throw PyException.indexError("Replacement index " + auto + " out of range for positional args tuple");
                    }
                    value = args[auto++];
                } else if (Character.isDigit(first.charAt(0))) {
                    int idx = Integer.parseInt(first);
                    if (idx >= args.length) {
                        throw PyException.indexError("Replacement index " + idx + " out of range for positional args tuple");
                    }
                    value = args[idx];
                } else {
                    value = kwargs.get(ts, first);
                    if (value == null) {
                        throw PyException.keyError(first);
                    }
                }
                while (!rest.isEmpty()) {
                    if (rest.charAt(0) == '.') {
                        int end = 1;
                        while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                            end++;
                        }
                        value = Ops.getAttr(ts, value, rest.substring(1, end));
                        rest = rest.substring(end);
                    } else {
                        int end = rest.indexOf(']');
                        String key = rest.substring(1, end);
                        Object k = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(key) : key;
                        value = Ops.getItem(ts, value, k);
                        rest = rest.substring(end + 1);
                    }
                }
                if (conv == 'r') {
                    value = Ops.repr(ts, value);
                } else if (conv == 's') {
                    value = Ops.str(ts, value);
                }
                sb.append(Formatter.format(ts, value, spec));
                i = j + 1;
            } else if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyException.valueError("Single '}' encountered in format string");
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(Object self, Object spec) { return Formatter.formatStr(self(self), (String) spec); }

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) self(self).codePointCount(0, self(self).length()); }

    /** {@code str % args}: printf-style formatting. */
    static Object percentFormat(ThreadState ts, String fmt, Object args) {
        Object[] values = args instanceof PyTuple t ? t.items : new Object[] {args};
        int next = 0;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw PyException.valueError("incomplete format");
            }
            Object mapValue = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                mapValue = Ops.getItem(ts, args, fmt.substring(i + 1, close));
                i = close + 1;
            }
            int specStart = i;
            while (i < fmt.length() && "-+ #0123456789.".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            String flags = fmt.substring(specStart, i);
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            Object v;
            if (mapValue != null) {
                v = mapValue;
            } else {
                if (next >= values.length) {
                    throw PyException.typeError("not enough arguments for format string");
                }
                v = values[next++];
            }
            String spec = flags.replace("-", "<");
            if (flags.contains("-")) {
                spec = "<" + flags.replace("-", "");
            }
            String body = switch (conv) {
                case 's' -> Formatter.formatStr(Ops.str(ts, v), spec);
                case 'r' -> Formatter.formatStr(Ops.repr(ts, v), spec);
                case 'd', 'i', 'u' -> {
                    if (!(v instanceof Double) && !Arith.isInt(v)) {
                        throw PyException.typeError("%" + conv + " format: a real number is required, not " + Ops.typeName(v));
                    }
                    yield Formatter.formatInt(Arith.big(IntMethods.toInt(ts, v)), spec + "d");
                }
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    if (!(v instanceof Double) && !Arith.isInt(v)) {
                        throw PyException.typeError("must be real number, not " + Ops.typeName(v));
                    }
                    yield Formatter.formatFloat(Arith.toDouble(v), spec + conv);
                }
                case 'x', 'X', 'o' -> Formatter.formatInt(Arith.big(v), spec.replace("#", "") + conv)
                        .replace(flags.contains("#") ? "" : "\0", "");
                case 'c' -> v instanceof String s ? s : Character.toString((int) Ops.index(v));
                default -> throw PyException.valueError("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + (i - 1));
            };
            sb.append(body);
        }
        if (next < values.length && !(args instanceof PyDict) && mapValue(args)) {
            throw PyException.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private static boolean mapValue(Object args) {
        return !(args instanceof PyDict);
    }
}
