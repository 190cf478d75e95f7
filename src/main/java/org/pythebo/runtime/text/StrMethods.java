package org.pythebo.runtime.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.exposure.PyAttrs;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.numbers.Formatter;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The methods of {@code str}. Indexes count code points; strings of only BMP characters (the
 * common case) index chars directly. Character properties and case mappings are Python's
 * ({@link UnicodeProps}); the formatting languages live in {@link Formatter}, {@link StrFormat}
 * and {@link PercentFormat}.
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

    // ---- helpers ----

    /** A str argument (or the str value of a str subclass instance), else null. */
    private static String asStr(Object o) {
        if (o instanceof String s) {
            return s;
        }
        return o instanceof PyValueInstance v && v.value instanceof String s ? s : null;
    }

    /** The argument as str, or CPython's "must be str, not X". */
    private static String strArg(Object o) {
        String s = asStr(o);
        if (s == null) {
            throw PyException.typeError("must be str, not " + Ops.typeName(o));
        }
        return s;
    }

    /** The argument as str, or "NAME() argument N must be str, not X". */
    private static String strArg(Object o, String fn, String which) {
        String s = asStr(o);
        if (s == null) {
            throw PyException.typeError(fn + "() argument " + which + " must be str, not " + Ops.typeName(o));
        }
        return s;
    }

    private static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The char offset of code point index {@code cp} (0 <= cp <= length in code points). */
    private static int charIndex(String s, boolean bmp, int cp) {
        return bmp ? cp : s.offsetByCodePoints(0, cp);
    }

    /** The code point index of char offset {@code i}. */
    private static int cpIndex(String s, boolean bmp, int i) {
        return bmp ? i : s.codePointCount(0, i);
    }

    /** A start/end argument of find and friends: absent or None, else an int via __index__. */
    private static long sliceIndex(Object o, long dflt) {
        if (o == null || o == Singleton.NONE) {
            return dflt;
        }
        long v = Convert.sliceIndex(null, o);
        // Halved so that adding a length cannot overflow.
        return v < Long.MIN_VALUE / 2 ? Long.MIN_VALUE / 2 : v > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : v;
    }

    /** CPython's ADJUST_INDICES: [start, end) of a str of {@code len} code points, clamped. */
    private static long[] adjust(Object start, Object end, int len) {
        long st = sliceIndex(start, 0);
        long en = sliceIndex(end, len);
        if (en > len) {
            en = len;
        } else if (en < 0) {
            en = Math.max(0, en + len);
        }
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        return new long[] {st, en};
    }

    // ---- indexing ----

    public static Object getItem(String s, Object key) {
        if (key instanceof Long l) {
            return charAt(s, l);
        }
        if (key instanceof PySlice sl) {
            String prefix = bmpPrefixSlice(s, sl);
            if (prefix != null) {
                return prefix;
            }
            boolean bmp = bmpOnly(s);
            int len = bmp ? s.length() : cpLen(s);
            long[] ix = sl.indices(len);
            int start = (int) ix[0];
            int step = (int) ix[2];
            int n = (int) ix[3];
            if (n <= 0) {
                return "";
            }
            if (step == 1) {
                return bmp ? s.substring(start, start + n)
                        : s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, start + n));
            }
            StringBuilder sb = new StringBuilder(n);
            if (bmp) {
                for (int k = 0, i = start; k < n; k++, i += step) {
                    sb.append(s.charAt(i));
                }
            } else {
                int[] cps = s.codePoints().toArray();
                for (int k = 0, i = start; k < n; k++, i += step) {
                    sb.appendCodePoint(cps[i]);
                }
            }
            return sb.toString();
        }
        Object u = PyValueInstance.unwrap(key);
        if (!(u instanceof Long || u instanceof Boolean || u instanceof BigInteger)
                && (key instanceof String || key instanceof Double || Ops.type(key).lookup("__index__") == null)) {
            throw PyException.typeError("string indices must be integers, not '" + Ops.typeName(key) + "'");
        }
        if (u instanceof BigInteger) {
            throw PyException.indexError("cannot fit 'int' into an index-sized integer");
        }
        return charAt(s, Ops.index(key));
    }

    /**
     * {@code s[start:stop]} for a step-1 slice with non-negative int bounds when no surrogate
     * comes before the stop (chars are then code points there), else null. It reads only that
     * prefix, so {@code s[:0]} and slices near the start of a long string stay cheap, as re's
     * template expansion needs ({@code match.string[:0]} per match).
     */
    private static String bmpPrefixSlice(String s, PySlice sl) {
        if (sl.step != Singleton.NONE || !(sl.stop instanceof Long stop) || stop < 0) {
            return null;
        }
        long start = sl.start == Singleton.NONE ? 0 : sl.start instanceof Long l ? l : -1;
        if (start < 0) {
            return null;
        }
        int end = (int) Math.min(stop, s.length());
        for (int i = 0; i < end; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return null;
            }
        }
        return start >= end ? "" : s.substring((int) start, end);
    }

    private static String charAt(String s, long i) {
        if (bmpOnly(s)) {
            long j = i < 0 ? i + s.length() : i;
            if (j < 0 || j >= s.length()) {
                throw PyException.indexError("string index out of range");
            }
            return String.valueOf(s.charAt((int) j));
        }
        int len = cpLen(s);
        long j = i < 0 ? i + len : i;
        if (j < 0 || j >= len) {
            throw PyException.indexError("string index out of range");
        }
        return Character.toString(s.codePointAt(s.offsetByCodePoints(0, (int) j)));
    }

    /** ascii(): the repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        if (UnicodeProps.isAscii(repr)) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(repr.length() + 16);
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 256) {
                hex(sb.append("\\x"), cp, 2);
            } else if (cp < 0x10000) {
                hex(sb.append("\\u"), cp, 4);
            } else {
                hex(sb.append("\\U"), cp, 8);
            }
        }
        return sb.toString();
    }

    private static void hex(StringBuilder sb, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(Character.forDigit((v >> shift) & 0xf, 16));
        }
    }

    private static String self(Object o) {
        return (String) o;
    }

    @PyMethod("($type, object=?, encoding=?, errors=?)")
    public static Object __new__(ThreadState ts, Object cls, Object object, Object encoding, Object errors) {
        if (cls != PyType.STR) {
            throw PyException.typeError("subclasses of str are not supported yet");
        }
        if (encoding != null || errors != null) {
            return Codecs.decodeToStr(object, encoding, errors);
        }
        return object == null ? "" : Ops.str(ts, object);
    }

    @PyMethod("($self, /, encoding='utf-8', errors='strict')")
    public static Object encode(Object self, Object encoding, Object errors) {
        return Codecs.encodeMethod(self(self), encoding, errors);
    }

    @PyMethod("($self, iterable, /)")
    public static Object join(ThreadState ts, Object self, Object iterable) {
        String sep = self(self);
        Object[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
        } else {
            PyIterator it;
            try {
                it = Ops.iter(ts, iterable);
            } catch (PyException e) {
                if (e.exc.matches(Exc.TypeError)) {
                    throw PyException.typeError("can only join an iterable");
                }
                throw e;
            }
            items = Ops.toArray(ts, it);
        }
        if (items.length == 1 && items[0] instanceof String s) {
            return s;
        }
        int total = sep.length() * Math.max(0, items.length - 1);
        for (int i = 0; i < items.length; i++) {
            String s = asStr(items[i]);
            if (s == null) {
                throw PyException.typeError("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i])
                        + " found");
            }
            total += s.length();
            if (total < 0) {
                throw PyException.of(Exc.MemoryError, null);
            }
        }
        StringBuilder sb = new StringBuilder(total);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(asStr(items[i]));
        }
        return sb.toString();
    }

    private static long maxsplit(Object o) {
        return Ops.index(o);
    }

    private static String sepArg(Object sep) {
        if (sep == Singleton.NONE) {
            return null;
        }
        String s = asStr(sep);
        if (s == null) {
            throw PyException.typeError("must be str or None, not " + Ops.typeName(sep));
        }
        if (s.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        return s;
    }

    @PyMethod("($self, /, sep=None, maxsplit=-1)")
    public static Object split(Object self, Object sep, Object maxsplit) {
        String s = self(self);
        String sp = sepArg(sep);
        long max = maxsplit(maxsplit);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<Object> out = new ArrayList<>();
        int n = s.length();
        if (sp == null) {
            int i = 0;
            while (max-- > 0) {
                while (i < n && UnicodeProps.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (i < n && !UnicodeProps.isSpace(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(j, i));
            }
            while (i < n && UnicodeProps.isSpace(s.charAt(i))) {
                i++;
            }
            if (i < n) {
                out.add(s.substring(i));
            }
            return new PyList(out.toArray());
        }
        int i = 0;
        while (max-- > 0) {
            int j = s.indexOf(sp, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sp.length();
        }
        out.add(i == 0 ? s : s.substring(i));
        return new PyList(out.toArray());
    }

    @PyMethod("($self, /, sep=None, maxsplit=-1)")
    public static Object rsplit(Object self, Object sep, Object maxsplit) {
        String s = self(self);
        String sp = sepArg(sep);
        long max = maxsplit(maxsplit);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<Object> out = new ArrayList<>();
        if (sp == null) {
            int i = s.length();
            while (max-- > 0) {
                while (i > 0 && UnicodeProps.isSpace(s.charAt(i - 1))) {
                    i--;
                }
                if (i == 0) {
                    break;
                }
                int j = i;
                while (i > 0 && !UnicodeProps.isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
            }
            while (i > 0 && UnicodeProps.isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i > 0) {
                out.add(s.substring(0, i));
            }
        } else {
            int end = s.length();
            while (max-- > 0) {
                int j = end - sp.length() < 0 ? -1 : s.lastIndexOf(sp, end - sp.length());
                if (j < 0) {
                    break;
                }
                out.add(s.substring(j + sp.length(), end));
                end = j;
            }
            out.add(end == s.length() ? s : s.substring(0, end));
        }
        java.util.Collections.reverse(out);
        return new PyList(out.toArray());
    }

    private static String stripChars(String s, Object chars, int mode, String name) {
        int i = 0;
        int j = s.length();
        boolean left = mode != 2;
        boolean right = mode != 1;
        if (chars == Singleton.NONE) {
            while (left && i < j && UnicodeProps.isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && UnicodeProps.isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            String cs = asStr(chars);
            if (cs == null) {
                throw PyException.typeError(name + " arg must be None or str");
            }
            if (bmpOnly(cs)) {
                while (left && i < j && cs.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                while (right && j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                    j--;
                }
            } else {
                while (left && i < j && cs.indexOf(s.codePointAt(i)) >= 0) {
                    i += Character.charCount(s.codePointAt(i));
                }
                while (right && j > i && cs.indexOf(s.codePointBefore(j)) >= 0) {
                    j -= Character.charCount(s.codePointBefore(j));
                }
            }
        }
        return i == 0 && j == s.length() ? s : s.substring(i, j);
    }

    @PyMethod("($self, chars=None, /)")
    public static Object strip(Object self, Object chars) { return stripChars(self(self), chars, 0, "strip"); }

    @PyMethod("($self, chars=None, /)")
    public static Object lstrip(Object self, Object chars) { return stripChars(self(self), chars, 1, "lstrip"); }

    @PyMethod("($self, chars=None, /)")
    public static Object rstrip(Object self, Object chars) { return stripChars(self(self), chars, 2, "rstrip"); }

    @PyMethod("($self, /)")
    public static Object upper(Object self) { return UnicodeProps.upper(self(self)); }

    @PyMethod("($self, /)")
    public static Object lower(Object self) { return UnicodeProps.lower(self(self)); }

    @PyMethod("($self, /)")
    public static Object casefold(Object self) { return UnicodeProps.casefold(self(self)); }

    @PyMethod("($self, /)")
    public static Object capitalize(Object self) { return UnicodeProps.capitalize(self(self)); }

    @PyMethod("($self, /)")
    public static Object title(Object self) { return UnicodeProps.title(self(self)); }

    @PyMethod("($self, /)")
    public static Object swapcase(Object self) { return UnicodeProps.swapcase(self(self)); }

    /** startswith/endswith of one str within [start, end) (CPython's tailmatch). */
    private static boolean tailMatch(String s, String sub, Object start, Object end, boolean prefix) {
        if (start == null && end == null) {
            return prefix ? s.startsWith(sub) : s.endsWith(sub);
        }
        boolean bmp = bmpOnly(s);
        int len = bmp ? s.length() : cpLen(s);
        long[] ix = adjust(start, end, len);
        int subLen = cpLen(sub);
        long st = ix[0];
        long en = ix[1] - subLen;
        if (en < st) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        int from = charIndex(s, bmp, (int) (prefix ? st : en));
        return s.startsWith(sub, from);
    }

    private static boolean affix(Object self, Object x, Object start, Object end, boolean prefix) {
        String s = self(self);
        String a = asStr(x);
        if (a != null) {
            return tailMatch(s, a, start, end, prefix);
        }
        String name = prefix ? "startswith" : "endswith";
        if (PyValueInstance.unwrap(x) instanceof PyTuple t) {
            for (Object o : t.items) {
                String e = asStr(o);
                if (e == null) {
                    throw PyException.typeError("tuple for " + name + " must only contain str, not " + Ops.typeName(o));
                }
                if (tailMatch(s, e, start, end, prefix)) {
                    return true;
                }
            }
            return false;
        }
        throw PyException.typeError(name + " first arg must be str or a tuple of str, not " + Ops.typeName(x));
    }

    @PyMethod(value = "($self, prefix, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object startswith(Object self, Object prefix, Object start, Object end) {
        return affix(self, prefix, start, end, true);
    }

    @PyMethod(value = "($self, suffix, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object endswith(Object self, Object suffix, Object start, Object end) {
        return affix(self, suffix, start, end, false);
    }

    @PyMethod("($self, old, new, count=-1, /)")
    public static Object replace(Object self, Object old, Object repl, Object count) {
        String s = self(self);
        String o = strArg(old, "replace", "1");
        String r = strArg(repl, "replace", "2");
        long n = Ops.index(count);
        if (n < 0) {
            n = Long.MAX_VALUE;
        }
        if (n == 0) {
            return s;
        }
        if (o.isEmpty()) {
            // The new text goes before each character and at the end, count times at most.
            StringBuilder sb = new StringBuilder(s.length() + r.length() * (int) Math.min(n, s.length() + 1L));
            int i = 0;
            while (n-- > 0) {
                sb.append(r);
                if (i >= s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.append(s, Math.min(i, s.length()), s.length()).toString();
        }
        int j = s.indexOf(o);
        if (j < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + Math.max(0, r.length() - o.length()) * 4);
        int i = 0;
        while (j >= 0 && n-- > 0) {
            sb.append(s, i, j).append(r);
            i = j + o.length();
            j = s.indexOf(o, i);
        }
        return sb.append(s, i, s.length()).toString();
    }

    /** find/rfind: the code point index of the first (last) sub within [start, end), or -1. */
    private static long find(String s, Object subObj, Object start, Object end, boolean last) {
        String sub = strArg(subObj);
        if (start == null && end == null && !last) {
            int r = s.indexOf(sub);
            return r <= 0 ? r : cpIndex(s, bmpOnly(s), r);
        }
        boolean bmp = bmpOnly(s);
        int len = bmp ? s.length() : cpLen(s);
        long[] ix = adjust(start, end, len);
        int subLen = bmpOnly(sub) ? sub.length() : cpLen(sub);
        if (ix[1] - ix[0] < subLen) {
            return -1;
        }
        int from = charIndex(s, bmp, (int) ix[0]);
        int to = charIndex(s, bmp, (int) ix[1]);
        int r;
        if (last) {
            r = s.lastIndexOf(sub, to - sub.length());
            if (r < from) {
                return -1;
            }
        } else {
            r = s.indexOf(sub, from);
            if (r < 0 || r + sub.length() > to) {
                return -1;
            }
        }
        return cpIndex(s, bmp, r);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object find(Object self, Object sub, Object start, Object end) {
        return find(self(self), sub, start, end, false);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object rfind(Object self, Object sub, Object start, Object end) {
        return find(self(self), sub, start, end, true);
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object index(Object self, Object sub, Object start, Object end) {
        long i = find(self(self), sub, start, end, false);
        if (i < 0) {
            throw PyException.valueError("substring not found");
        }
        return i;
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object rindex(Object self, Object sub, Object start, Object end) {
        long i = find(self(self), sub, start, end, true);
        if (i < 0) {
            throw PyException.valueError("substring not found");
        }
        return i;
    }

    @PyMethod(value = "($self, sub, start=?, end=?, /)", args = PyAttrs.ArgStyle.TUPLE)
    public static Object count(Object self, Object sub, Object start, Object end) {
        String s = self(self);
        String t = strArg(sub);
        boolean bmp = bmpOnly(s);
        int len = bmp ? s.length() : cpLen(s);
        long[] ix = adjust(start, end, len);
        if (ix[1] - ix[0] < cpLen(t)) {
            return 0L;
        }
        if (t.isEmpty()) {
            return ix[1] - ix[0] + 1;
        }
        int from = charIndex(s, bmp, (int) ix[0]);
        int to = charIndex(s, bmp, (int) ix[1]);
        long n = 0;
        for (int i = s.indexOf(t, from); i >= 0 && i + t.length() <= to; i = s.indexOf(t, i + t.length())) {
            n++;
        }
        return n;
    }

    @PyMethod("($self, prefix, /)")
    public static Object removeprefix(Object self, Object prefix) {
        String s = self(self);
        String p = asStr(prefix);
        if (p == null) {
            throw PyException.typeError("removeprefix() argument must be str, not " + Ops.typeName(prefix));
        }
        return s.startsWith(p) ? s.substring(p.length()) : s;
    }

    @PyMethod("($self, suffix, /)")
    public static Object removesuffix(Object self, Object suffix) {
        String s = self(self);
        String p = asStr(suffix);
        if (p == null) {
            throw PyException.typeError("removesuffix() argument must be str, not " + Ops.typeName(suffix));
        }
        return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
    }

    // ---- predicates ----

    private static boolean all(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!p.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @PyMethod("($self, /)")
    public static Object isdigit(Object self) { return all(self(self), UnicodeProps::isDigit); }

    @PyMethod("($self, /)")
    public static Object isnumeric(Object self) { return all(self(self), UnicodeProps::isNumeric); }

    @PyMethod("($self, /)")
    public static Object isdecimal(Object self) { return all(self(self), UnicodeProps::isDecimal); }

    @PyMethod("($self, /)")
    public static Object isalpha(Object self) { return all(self(self), UnicodeProps::isAlpha); }

    @PyMethod("($self, /)")
    public static Object isalnum(Object self) { return all(self(self), UnicodeProps::isAlnum); }

    @PyMethod("($self, /)")
    public static Object isspace(Object self) { return all(self(self), UnicodeProps::isSpace); }

    @PyMethod("($self, /)")
    public static Object isascii(Object self) { return UnicodeProps.isAscii(self(self)); }

    @PyMethod("($self, /)")
    public static Object isprintable(Object self) {
        String s = self(self);
        return s.isEmpty() || all(s, Repr::isPrintable);
    }

    @PyMethod("($self, /)")
    public static Object isupper(Object self) {
        String s = self(self);
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UnicodeProps.isLower(cp) || UnicodeProps.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeProps.isUpper(cp);
        }
        return cased;
    }

    @PyMethod("($self, /)")
    public static Object islower(Object self) {
        String s = self(self);
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UnicodeProps.isUpper(cp) || UnicodeProps.isTitle(cp)) {
                return false;
            }
            cased |= UnicodeProps.isLower(cp);
        }
        return cased;
    }

    @PyMethod("($self, /)")
    public static Object istitle(Object self) {
        String s = self(self);
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UnicodeProps.isUpper(cp) || UnicodeProps.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (UnicodeProps.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    @PyMethod("($self, /)")
    public static Object isidentifier(Object self) {
        String s = self(self);
        if (s.isEmpty() || !UnicodeProps.isIdStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!UnicodeProps.isIdPart(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    // ---- padding ----

    private static int fillChar(Object fill) {
        if (fill == null) {
            return ' ';
        }
        String f = asStr(fill);
        if (f == null) {
            throw PyException.typeError("The fill character must be a unicode character, not " + Ops.typeName(fill));
        }
        if (f.isEmpty() || f.length() > 2 || cpLen(f) != 1) {
            throw PyException.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    private static String padded(String s, long left, long right, int fill) {
        if (left + right + s.length() > Integer.MAX_VALUE - 16) {
            throw PyException.of(Exc.MemoryError, null);
        }
        StringBuilder sb = new StringBuilder((int) (s.length() + left + right));
        if (fill < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            sb.repeat((char) fill, (int) left).append(s).repeat((char) fill, (int) right);
        } else {
            sb.repeat(fill, (int) left).append(s).repeat(fill, (int) right);
        }
        return sb.toString();
    }

    @PyMethod("($self, width, fillchar=' ', /)")
    public static Object center(Object self, Object width, Object fill) {
        String s = self(self);
        long w = Ops.index(width);
        int f = fillChar(fill);
        int len = cpLen(s);
        if (w <= len) {
            return s;
        }
        long marg = w - len;
        long left = marg / 2 + (marg & w & 1);
        return padded(s, left, marg - left, f);
    }

    @PyMethod("($self, width, fillchar=' ', /)")
    public static Object ljust(Object self, Object width, Object fill) {
        String s = self(self);
        long w = Ops.index(width);
        int f = fillChar(fill);
        int len = cpLen(s);
        return w <= len ? s : padded(s, 0, w - len, f);
    }

    @PyMethod("($self, width, fillchar=' ', /)")
    public static Object rjust(Object self, Object width, Object fill) {
        String s = self(self);
        long w = Ops.index(width);
        int f = fillChar(fill);
        int len = cpLen(s);
        return w <= len ? s : padded(s, w - len, 0, f);
    }

    @PyMethod("($self, width, /)")
    public static Object zfill(Object self, Object width) {
        String s = self(self);
        long w = Ops.index(width);
        int len = cpLen(s);
        if (w <= len) {
            return s;
        }
        String r = padded(s, w - len, 0, '0');
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            // The sign moves in front of the zeros.
            return s.charAt(0) + r.substring(0, (int) (w - len)) + s.substring(1);
        }
        return r;
    }

    @PyMethod("($self, /, tabsize=8)")
    public static Object expandtabs(Object self, Object tabsize) {
        String s = self(self);
        long tab = Ops.index(tabsize);
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tab > 0) {
                    long incr = tab - col % tab;
                    if (sb.length() + incr > Integer.MAX_VALUE - 16) {
                        throw PyException.overflow("new string is too long");
                    }
                    sb.repeat(' ', (int) incr);
                    col += incr;
                }
            } else {
                sb.appendCodePoint(cp);
                col++;
                if (cp == '\n' || cp == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    // ---- partition, splitlines ----

    private static String partitionSep(Object sep) {
        String p = strArg(sep);
        if (p.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        return p;
    }

    @PyMethod("($self, sep, /)")
    public static Object partition(Object self, Object sep) {
        String s = self(self);
        String p = partitionSep(sep);
        int i = s.indexOf(p);
        return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, i), p, s.substring(i + p.length()));
    }

    @PyMethod("($self, sep, /)")
    public static Object rpartition(Object self, Object sep) {
        String s = self(self);
        String p = partitionSep(sep);
        int i = s.lastIndexOf(p);
        return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.substring(0, i), p, s.substring(i + p.length()));
    }

    @PyMethod("($self, /, keepends=False)")
    public static Object splitlines(Object self, Object keepends) {
        String s = self(self);
        boolean keep = keepends instanceof Boolean b ? b : Ops.index(keepends) != 0;
        List<Object> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !UnicodeProps.isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                if (keep) {
                    eol = i;
                }
            }
            out.add(start == 0 && eol == n ? s : s.substring(start, eol));
        }
        return new PyList(out.toArray());
    }

    // ---- translate ----

    @PyMethod("($self, table, /)")
    public static Object translate(ThreadState ts, Object self, Object table) {
        String s = self(self);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = table instanceof PyDict d && d.type() == PyType.DICT ? d.get(ts, (long) cp) : Ops.getItem(ts, table, (long) cp);
            } catch (PyException e) {
                if (e.exc.matches(Exc.LookupError)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == null) {
                sb.appendCodePoint(cp);
                continue;
            }
            Object u = PyValueInstance.unwrap(r);
            if (u == Singleton.NONE) {
                continue;
            }
            if (u instanceof String rs) {
                sb.append(rs);
            } else if (u instanceof Long || u instanceof Boolean || u instanceof BigInteger) {
                long c = u instanceof BigInteger ? -1 : Ops.index(u);
                if (c < 0 || c > 0x10ffff) {
                    throw PyException.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) c);
            } else {
                throw PyException.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    @PyMethod("($type, x, y=?, z=?, /)")
    public static Object maketrans(ThreadState ts, Object cls, Object x, Object y, Object z) {
        PyDict out = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict d)) {
                throw PyException.typeError("if you give only one argument to maketrans it must be a dict");
            }
            d.forEachEntry((k, v) -> {
                Object key = PyValueInstance.unwrap(k);
                if (key instanceof String ks) {
                    if (cpLen(ks) != 1) {
                        throw PyException.valueError("string keys in translate table must be of length 1");
                    }
                    out.setItem(ts, (long) ks.codePointAt(0), v);
                } else if (key instanceof Long || key instanceof Boolean || key instanceof BigInteger) {
                    out.setItem(ts, key instanceof Boolean b ? (Object) (b ? 1L : 0L) : key, v);
                } else {
                    throw PyException.typeError("keys in translate table must be strings or integers");
                }
            });
            return out;
        }
        String ys = strArg(y, "maketrans", "2");
        String xs = asStr(x);
        if (xs == null) {
            throw PyException.typeError("first maketrans argument must be a string if there is a second argument");
        }
        String zs = z == null ? null : strArg(z, "maketrans", "3");
        int[] from = xs.codePoints().toArray();
        int[] to = ys.codePoints().toArray();
        if (from.length != to.length) {
            throw PyException.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length; i++) {
            out.setItem(ts, (long) from[i], (long) to[i]);
        }
        if (zs != null) {
            zs.codePoints().forEach(c -> out.setItem(ts, (long) c, Singleton.NONE));
        }
        return out;
    }

    // ---- formatting ----

    @PyMethod("($self, /, *args, **kwargs)")
    public static Object format(ThreadState ts, Object self, Object[] args, PyDict kwargs) {
        return StrFormat.format(ts, self(self), args, kwargs);
    }

    @PyMethod("($self, mapping, /)")
    public static Object format_map(ThreadState ts, Object self, Object mapping) {
        return StrFormat.format(ts, self(self), null, mapping);
    }

    @PyMethod("($self, format_spec, /)")
    public static Object __format__(Object self, Object spec) {
        return Formatter.formatStr(self(self), Formatter.specArg(spec));
    }

    /** {@code str % args}: printf-style formatting. */
    public static Object percentFormat(ThreadState ts, String fmt, Object args) {
        return PercentFormat.format(ts, fmt, args);
    }

    // ---- operators for explicit calls (the runtime's fast paths handle str directly) ----

    @PyMethod("($self, /)")
    public static Object __len__(Object self) { return (long) cpLen(self(self)); }

    @PyMethod("($self, key, /)")
    public static Object __getitem__(Object self, Object key) { return getItem(self(self), key); }

    @PyMethod("($self, key, /)")
    public static Object __contains__(Object self, Object key) {
        String sub = asStr(key);
        if (sub == null) {
            throw PyException.typeError("'in <string>' requires string as left operand, not " + Ops.typeName(key));
        }
        return self(self).contains(sub);
    }

    @PyMethod("($self, /)")
    public static Object __iter__(Object self) { return new PyIterator.OfStr(self(self)); }

    @PyMethod("($self, value, /)")
    public static Object __mod__(ThreadState ts, Object self, Object value) { return PercentFormat.format(ts, self(self), value); }

    @PyMethod("($self, value, /)")
    public static Object __rmod__(Object self, Object value) { return Arith.NI; }

    @PyMethod("($self, /)")
    public static Object __getnewargs__(Object self) { return PyTuple.of(self(self)); }

    /** Compares by code points (Java's compareTo orders UTF-16 units, which differs past U+FFFF). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // A surrogate belongs to a code point above every BMP character.
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                return sx == sy ? x - y : sx ? 1 : -1;
            }
        }
        return a.length() - b.length();
    }

    private static Object compareOp(Object self, Object other, int op) {
        String o = asStr(other);
        if (o == null) {
            return Arith.NI;
        }
        int c = compare(self(self), o);
        return switch (op) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
    }

    @PyMethod("($self, value, /)")
    public static Object __lt__(Object self, Object value) { return compareOp(self, value, 0); }

    @PyMethod("($self, value, /)")
    public static Object __le__(Object self, Object value) { return compareOp(self, value, 1); }

    @PyMethod("($self, value, /)")
    public static Object __eq__(Object self, Object value) { return compareOp(self, value, 2); }

    @PyMethod("($self, value, /)")
    public static Object __ne__(Object self, Object value) { return compareOp(self, value, 3); }

    @PyMethod("($self, value, /)")
    public static Object __gt__(Object self, Object value) { return compareOp(self, value, 4); }

    @PyMethod("($self, value, /)")
    public static Object __ge__(Object self, Object value) { return compareOp(self, value, 5); }

    @PyMethod("($self, /)")
    public static Object __hash__(ThreadState ts, Object self) { return Ops.hash(ts, self(self)); }

    @PyMethod("($self, value, /)")
    public static Object __add__(Object self, Object value) {
        String o = asStr(value);
        return o == null ? Arith.NI : self(self).concat(o);
    }

    @PyMethod("($self, value, /)")
    public static Object __mul__(Object self, Object value) {
        Object u = PyValueInstance.unwrap(value);
        if (!(u instanceof Long || u instanceof Boolean || u instanceof BigInteger)
                && Ops.type(value).lookup("__index__") == null) {
            return Arith.NI;
        }
        if (u instanceof BigInteger b) {
            if (b.signum() < 0 || self(self).isEmpty()) {
                return "";
            }
            throw PyException.overflow("cannot fit 'int' into an index-sized integer");
        }
        long n = Ops.index(value);
        String s = self(self);
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        // By division: length * n can overflow a long (unicode_repeat's check).
        if (n > Long.MAX_VALUE / s.length()) {
            throw PyException.overflow("repeated string is too long");
        }
        if (n > (Integer.MAX_VALUE - 16) / s.length()) {
            throw PyException.of(Exc.MemoryError, null);
        }
        return s.repeat((int) n);
    }

    @PyMethod("($self, value, /)")
    public static Object __rmul__(Object self, Object value) { return __mul__(self, value); }

    @PyMethod("($self, /)")
    public static Object __str__(Object self) { return self(self); }

    @PyMethod("($self, /)")
    public static Object __repr__(Object self) { return Repr.str(self(self)); }
}
