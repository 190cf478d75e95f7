package org.pythebo.runtime.bytes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyIterator;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySlice;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Compare;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyHash;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.text.Codecs;
import org.pythebo.runtime.text.StrMethods;

/**
 * The behaviour bytes and bytearray share, written once over byte arrays. {@link PyBytes} and
 * {@link PyByteArray} declare the Python methods and call these; results are made with
 * {@link #make} so a bytearray method returns a bytearray. A bytearray's contents are read as a
 * consistent snapshot ({@link PyByteArray#toBytes}).
 */
public final class BytesMethods {
    private BytesMethods() {}

    static final byte[] EMPTY = new byte[0];

    // ---- argument conversion ----

    /** The contents of a bytes-like object (bytes, bytearray, memoryview), or null. Never to be changed. */
    public static byte[] buffer(Object o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        PyBuffer view = Convert.bufferOrNull(o);
        return view == null ? null : view.toArrayShared();
    }

    /** A bytes-like argument, with CPython's TypeError otherwise. */
    static byte[] needBuffer(Object o) {
        return Convert.buffer(o).toArrayShared();
    }

    /** The contents of self (a bytes or a bytearray). */
    static byte[] of(Object self) {
        return self instanceof PyBytes b ? b.value : ((PyByteArray) self).toBytes();
    }

    /** A result of the same kind as self; takes ownership of the array. */
    static Object make(Object self, byte[] r) {
        return self instanceof PyByteArray ? new PyByteArray(r) : PyBytes.of(r);
    }

    /** An object operator.index accepts. */
    static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger
                || (!(o instanceof Double) && !(o instanceof String) && Ops.type(o).lookup("__index__") != null);
    }

    /** An int in range(256) as a byte, else ValueError. */
    static int byteValue(Object o, String rangeMessage) {
        if (o instanceof BigInteger) {
            throw PyException.valueError(rangeMessage);
        }
        long v = Ops.index(o);
        if (v < 0 || v > 255) {
            throw PyException.valueError(rangeMessage);
        }
        return (int) v;
    }

    /** The sub argument of count/find/index and {@code in}: an int in range(256) or a bytes-like object. */
    static byte[] subArg(Object sub) {
        if (isIndex(sub)) {
            return new byte[] {(byte) byteValue(sub, "byte must be in range(0, 256)")};
        }
        byte[] b = buffer(sub);
        if (b == null) {
            throw PyException.typeError("argument should be integer or bytes-like object, not '" + Ops.typeName(sub) + "'");
        }
        return b;
    }

    /**
     * A start/end argument (null or None: the default), adjusted as CPython's ADJUST_INDICES
     * does: negative values count from the end, and only an end is clamped to the length (a
     * start past the end finds nothing).
     */
    static int bound(Object o, int len, boolean isStart) {
        if (o == null || o == Singleton.NONE) {
            return isStart ? 0 : len;
        }
        long v = Convert.sliceIndex(null, o);
        if (v < 0) {
            v += len;
            if (v < 0) {
                v = 0;
            }
        } else if (v > len) {
            v = isStart ? len + 1 : len;
        }
        return (int) v;
    }

    /** A count/width argument as an int (OverflowError past the index range). */
    static long size(Object o) {
        if (o instanceof BigInteger) {
            throw PyException.overflow("Python int too large to convert to C ssize_t");
        }
        if (!isIndex(o)) {
            throw PyException.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return Ops.index(o);
    }

    /** The bytes of the constructor's source argument (bytes(x), bytearray(x)). */
    static byte[] fromSource(ThreadState ts, Object src, Object encoding, Object errors, boolean bytearray) {
        if (src == null) {
            if (encoding != null || errors != null) {
                throw PyException.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return EMPTY;
        }
        if (encoding != null || errors != null) {
            if (!(src instanceof String s)) {
                throw PyException.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            if (encoding == null) {
                throw PyException.typeError("string argument without an encoding");
            }
            String function = bytearray ? "bytearray" : "bytes";
            return Codecs.encode(s, Codecs.stringArg(encoding, function, "encoding"),
                    errors == null ? "strict" : Codecs.stringArg(errors, function, "errors"));
        }
        if (src instanceof String) {
            throw PyException.typeError("string argument without an encoding");
        }
        if (!bytearray && !(src instanceof PyBytes)) {
            Object conv = Ops.type(src).lookup("__bytes__");
            if (conv != null) {
                Object r = Ops.callDescr(ts, conv, src, Ops.NO_ARGS);
                if (!(r instanceof PyBytes b)) {
                    throw PyException.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
                }
                return b.value;
            }
        }
        byte[] buf = buffer(src);
        if (buf != null) {
            // Only a bytes object's array is shared; the other buffers gave a fresh copy.
            return src instanceof PyBytes && bytearray ? buf.clone() : buf;
        }
        if (isIndex(src)) {
            if (src instanceof BigInteger) {
                throw PyException.overflow("cannot fit 'int' into an index-sized integer");
            }
            long n = Ops.index(src);
            if (n < 0) {
                throw PyException.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw PyException.of(Exc.MemoryError, null);
            }
            return new byte[(int) n];
        }
        PyIterator it;
        try {
            it = Ops.iter(ts, src);
        } catch (PyException e) {
            if (e.exc.matches(Exc.TypeError) && Ops.type(src).lookup("__iter__") == null) {
                throw PyException.typeError("cannot convert '" + Ops.typeName(src) + "' object to "
                        + (bytearray ? "bytearray" : "bytes"));
            }
            throw e;
        }
        return fromInts(ts, it, bytearray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
    }

    /** The items of an iterator of ints in range(256). */
    static byte[] fromInts(ThreadState ts, PyIterator it, String rangeMessage) {
        byte[] out = new byte[16];
        int n = 0;
        for (Object v = it.next(ts); v != null; v = it.next(ts)) {
            if (!isIndex(v)) {
                throw PyException.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
            }
            int b = byteValue(v, rangeMessage);
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = (byte) b;
        }
        return Arrays.copyOf(out, n);
    }

    // ---- repr ----

    /** CPython's repr of bytes contents: b'...' with the quote chosen as bytes_repr does. */
    static String repr(byte[] a, boolean bytearray) {
        boolean squote = false;
        boolean dquote = false;
        for (byte b : a) {
            squote |= b == '\'';
            dquote |= b == '"';
        }
        char quote = squote && !dquote ? '"' : '\'';
        StringBuilder sb = new StringBuilder(a.length + 3);
        sb.append('b').append(quote);
        for (byte x : a) {
            int c = x & 0xff;
            // bytearray's repr escapes ' even inside double quotes, as CPython's does.
            if (c == quote || c == '\\' || (bytearray && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    // ---- items ----

    static Object getItem(Object self, byte[] a, Object key) {
        if (key instanceof PySlice s) {
            long[] ix = s.indices(a.length);
            int start = (int) ix[0];
            int n = (int) ix[3];
            if (ix[2] == 1) {
                return make(self, Arrays.copyOfRange(a, start, start + n));
            }
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = a[(int) (start + i * ix[2])];
            }
            return make(self, out);
        }
        if (!isIndex(key)) {
            throw PyException.typeError((self instanceof PyByteArray ? "bytearray" : "byte")
                    + " indices must be integers or slices, not " + Ops.typeName(key));
        }
        if (key instanceof BigInteger) {
            throw PyException.of(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        long i = Ops.index(key);
        if (i < 0) {
            i += a.length;
        }
        if (i < 0 || i >= a.length) {
            throw PyException.indexError(self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
        }
        return (long) (a[(int) i] & 0xff);
    }

    static boolean contains(byte[] a, Object item) {
        if (isIndex(item)) {
            int v = byteValue(item, "byte must be in range(0, 256)");
            for (byte b : a) {
                if ((b & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        return find(a, needBuffer(item), 0, a.length) >= 0;
    }

    static int compare(byte[] x, byte[] y) {
        return Arrays.compareUnsigned(x, y);
    }

    /** A rich comparison; NotImplemented when other is not a comparable buffer. */
    static Object richCompare(byte[] a, byte[] b, int op) {
        if (b == null) {
            return Singleton.NOT_IMPLEMENTED;
        }
        if (op == Compare.EQ || op == Compare.NE) {
            return Arrays.equals(a, b) == (op == Compare.EQ);
        }
        int c = compare(a, b);
        return switch (op) {
            case Compare.LT -> c < 0;
            case Compare.LE -> c <= 0;
            case Compare.GT -> c > 0;
            default -> c >= 0;
        };
    }

    static long hash(byte[] a) {
        return PyHash.hashBytes(a, 0, a.length);
    }

    static Object concat(ThreadState ts, Object self, byte[] a, Object other) {
        byte[] b = buffer(other);
        if (b == null) {
            // As CPython: the other operand's numeric __radd__ first, then concatenation fails.
            Object r = reflected(ts, other, "__radd__", self);
            if (r != Singleton.NOT_IMPLEMENTED) {
                return r;
            }
            throw PyException.typeError("can't concat " + Ops.typeName(other) + " to " + Ops.typeName(self));
        }
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return make(self, out);
    }

    static byte[] repeat(byte[] a, Object count, boolean isBytes) {
        long n = Math.max(0, size(count));
        if (a.length == 0) {
            return a;
        }
        // By division: length * n can overflow a long; bytes says so, bytearray runs out of memory.
        if (isBytes && n > Long.MAX_VALUE / a.length) {
            throw PyException.overflow("repeated bytes are too long");
        }
        if (n > (Integer.MAX_VALUE - 8) / a.length) {
            throw PyException.of(Exc.MemoryError, null);
        }
        byte[] out = new byte[(int) (a.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, 0, out, i * a.length, a.length);
        }
        return out;
    }

    /** {@code seq * count}: NotImplemented for a non-int that may know the operation. */
    static Object mul(ThreadState ts, Object self, byte[] a, Object count) {
        if (!isIndex(count)) {
            // As CPython: the other operand's numeric __rmul__ first, then repetition fails.
            Object r = reflected(ts, count, "__rmul__", self);
            if (r != Singleton.NOT_IMPLEMENTED) {
                return r;
            }
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(count) + "'");
        }
        return make(self, repeat(a, count, !(self instanceof PyByteArray)));
    }

    /** {@code count * seq}: the left operand's own repetition (a str, list...) reports a bad count itself. */
    static Object rmul(Object self, byte[] a, Object count) {
        if (!isIndex(count)) {
            if (count instanceof String || count instanceof PyList || count instanceof PyTuple) {
                return Singleton.NOT_IMPLEMENTED;
            }
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(count) + "'");
        }
        return make(self, repeat(a, count, !(self instanceof PyByteArray)));
    }

    /** other.__rxxx__(self), or NotImplemented when other's type has no such method. */
    private static Object reflected(ThreadState ts, Object other, String name, Object self) {
        if (other instanceof PyBytes || other instanceof PyByteArray) {
            return Singleton.NOT_IMPLEMENTED;
        }
        Object m = Ops.type(other).lookup(name);
        return m == null ? Singleton.NOT_IMPLEMENTED : Ops.callDescr(ts, m, other, new Object[] {self});
    }

    // ---- searching ----

    static int find(byte[] a, byte[] sub, int start, int end) {
        if (start > end) {
            return -1;
        }
        int last = end - sub.length;
        outer:
        for (int i = start; i <= last; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (a[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int rfind(byte[] a, byte[] sub, int start, int end) {
        if (start > end) {
            return -1;
        }
        outer:
        for (int i = end - sub.length; i >= start; i--) {
            for (int j = 0; j < sub.length; j++) {
                if (a[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Object find(Object self, Object sub, Object start, Object end, boolean reverse, boolean raise) {
        byte[] a = of(self);
        byte[] s = subArg(sub);
        int lo = bound(start, a.length, true);
        int hi = bound(end, a.length, false);
        int i = reverse ? rfind(a, s, lo, hi) : find(a, s, lo, hi);
        if (i < 0 && raise) {
            throw PyException.valueError("subsection not found");
        }
        return (long) i;
    }

    static Object count(Object self, Object sub, Object start, Object end) {
        byte[] a = of(self);
        byte[] s = subArg(sub);
        int lo = bound(start, a.length, true);
        int hi = bound(end, a.length, false);
        if (lo > hi) {
            return 0L;
        }
        if (s.length == 0) {
            return (long) (hi - lo + 1);
        }
        long n = 0;
        for (int i = find(a, s, lo, hi); i >= 0; i = find(a, s, i + s.length, hi)) {
            n++;
        }
        return n;
    }

    static Object startsOrEnds(Object self, Object prefix, Object start, Object end, boolean ends) {
        byte[] a = of(self);
        int lo = bound(start, a.length, true);
        int hi = bound(end, a.length, false);
        String what = ends ? "endswith" : "startswith";
        if (prefix instanceof PyTuple t) {
            for (Object p : t.items) {
                byte[] b = buffer(p);
                if (b == null) {
                    throw PyException.typeError("a bytes-like object is required, not '" + Ops.typeName(p) + "'");
                }
                if (matchesAt(a, b, lo, hi, ends)) {
                    return true;
                }
            }
            return false;
        }
        byte[] b = buffer(prefix);
        if (b == null) {
            throw PyException.typeError(what + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(prefix));
        }
        return matchesAt(a, b, lo, hi, ends);
    }

    private static boolean matchesAt(byte[] a, byte[] p, int lo, int hi, boolean ends) {
        if (hi - lo < p.length) {
            return false;
        }
        int at = ends ? hi - p.length : lo;
        return Arrays.equals(a, at, at + p.length, p, 0, p.length);
    }

    // ---- transformations ----

    static Object replace(Object self, Object oldArg, Object newArg, Object countArg) {
        byte[] a = of(self);
        byte[] old = needBuffer(oldArg);
        byte[] rep = needBuffer(newArg);
        long count = size(countArg);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(a.length);
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; i <= a.length; i++) {
                if (done < count) {
                    out.write(rep, 0, rep.length);
                    done++;
                }
                if (i < a.length) {
                    out.write(a[i]);
                }
            }
            return make(self, out.toByteArray());
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = find(a, old, i, a.length);
            if (j < 0) {
                break;
            }
            out.write(a, i, j - i);
            out.write(rep, 0, rep.length);
            i = j + old.length;
            done++;
        }
        out.write(a, i, a.length - i);
        return make(self, out.toByteArray());
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }

    static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }

    static boolean isAlpha(int c) { return isLower(c) || isUpper(c); }

    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    static Object split(Object self, Object sepArg, Object maxsplitArg, boolean reverse) {
        byte[] a = of(self);
        long max = size(maxsplitArg);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<Object> parts = new ArrayList<>();
        if (sepArg == Singleton.NONE) {
            if (!reverse) {
                int i = 0;
                while (true) {
                    while (i < a.length && isSpace(a[i] & 0xff)) {
                        i++;
                    }
                    if (i == a.length) {
                        break;
                    }
                    if (parts.size() == max) {
                        parts.add(make(self, Arrays.copyOfRange(a, i, a.length)));
                        break;
                    }
                    int j = i;
                    while (j < a.length && !isSpace(a[j] & 0xff)) {
                        j++;
                    }
                    parts.add(make(self, Arrays.copyOfRange(a, i, j)));
                    i = j;
                }
            } else {
                int i = a.length;
                while (true) {
                    while (i > 0 && isSpace(a[i - 1] & 0xff)) {
                        i--;
                    }
                    if (i == 0) {
                        break;
                    }
                    if (parts.size() == max) {
                        parts.add(make(self, Arrays.copyOfRange(a, 0, i)));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(a[j - 1] & 0xff)) {
                        j--;
                    }
                    parts.add(make(self, Arrays.copyOfRange(a, j, i)));
                    i = j;
                }
                java.util.Collections.reverse(parts);
            }
            return new PyList(parts.toArray());
        }
        byte[] sep = needBuffer(sepArg);
        if (sep.length == 0) {
            throw PyException.valueError("empty separator");
        }
        if (!reverse) {
            int i = 0;
            while (parts.size() < max) {
                int j = find(a, sep, i, a.length);
                if (j < 0) {
                    break;
                }
                parts.add(make(self, Arrays.copyOfRange(a, i, j)));
                i = j + sep.length;
            }
            parts.add(make(self, Arrays.copyOfRange(a, i, a.length)));
        } else {
            int end = a.length;
            while (parts.size() < max) {
                int j = rfind(a, sep, 0, end);
                if (j < 0) {
                    break;
                }
                parts.add(make(self, Arrays.copyOfRange(a, j + sep.length, end)));
                end = j;
            }
            parts.add(make(self, Arrays.copyOfRange(a, 0, end)));
            java.util.Collections.reverse(parts);
        }
        return new PyList(parts.toArray());
    }

    /** strip/lstrip/rstrip: which 1 = left, 2 = right, 3 = both. */
    static Object strip(Object self, Object chars, int which) {
        byte[] a = of(self);
        boolean[] set = new boolean[256];
        if (chars == null || chars == Singleton.NONE) {
            for (int c : new int[] {' ', '\t', '\n', '\r', 0x0b, 0x0c}) {
                set[c] = true;
            }
        } else {
            for (byte b : needBuffer(chars)) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = a.length;
        if ((which & 1) != 0) {
            while (i < j && set[a[i] & 0xff]) {
                i++;
            }
        }
        if ((which & 2) != 0) {
            while (j > i && set[a[j - 1] & 0xff]) {
                j--;
            }
        }
        return make(self, Arrays.copyOfRange(a, i, j));
    }

    static Object join(ThreadState ts, Object self, Object iterable) {
        byte[] sep = of(self);
        Object[] items = Ops.toArray(ts, iterable);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] b = buffer(items[i]);
            if (b == null) {
                throw PyException.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + Ops.typeName(items[i]) + " found");
            }
            if (i > 0) {
                out.write(sep, 0, sep.length);
            }
            out.write(b, 0, b.length);
        }
        return make(self, out.toByteArray());
    }

    static Object partition(Object self, Object sepArg, boolean reverse) {
        byte[] a = of(self);
        byte[] sep = needBuffer(sepArg);
        if (sep.length == 0) {
            throw PyException.valueError("empty separator");
        }
        int i = reverse ? rfind(a, sep, 0, a.length) : find(a, sep, 0, a.length);
        Object empty = make(self, EMPTY);
        if (i < 0) {
            Object whole = make(self, a.clone());
            return reverse ? PyTuple.of(make(self, EMPTY), make(self, EMPTY), whole)
                    : PyTuple.of(whole, empty, make(self, EMPTY));
        }
        return PyTuple.of(make(self, Arrays.copyOfRange(a, 0, i)), make(self, sep.clone()),
                make(self, Arrays.copyOfRange(a, i + sep.length, a.length)));
    }

    private static int fillChar(String method, Object fill) {
        if (fill == null) {
            return ' ';
        }
        if ((fill instanceof PyBytes || fill instanceof PyByteArray)) {
            byte[] b = buffer(fill);
            if (b.length == 1) {
                return b[0];
            }
        }
        throw PyException.typeError(method + "() argument 2 must be a byte string of length 1, not " + Ops.typeName(fill));
    }

    /** center/ljust/rjust: align 'c', '<' or '>'. */
    static Object pad(Object self, Object widthArg, Object fill, char align) {
        byte[] a = of(self);
        long width = size(widthArg);
        int f = fillChar(align == 'c' ? "center" : align == '<' ? "ljust" : "rjust", fill);
        if (width <= a.length) {
            return make(self, a.clone());
        }
        int marg = (int) width - a.length;
        int left = switch (align) {
            case '<' -> 0;
            case '>' -> marg;
            default -> marg / 2 + (marg & (int) width & 1);
        };
        byte[] out = new byte[(int) width];
        Arrays.fill(out, (byte) f);
        System.arraycopy(a, 0, out, left, a.length);
        return make(self, out);
    }

    static Object zfill(Object self, Object widthArg) {
        byte[] a = of(self);
        long width = size(widthArg);
        if (width <= a.length) {
            return make(self, a.clone());
        }
        int fill = (int) width - a.length;
        byte[] out = new byte[(int) width];
        Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(a, 0, out, fill, a.length);
        if (a.length > 0 && (a[0] == '+' || a[0] == '-')) {
            out[0] = a[0];
            out[fill] = '0';
        }
        return make(self, out);
    }

    static Object translate(Object self, Object table, Object delete) {
        byte[] a = of(self);
        byte[] t = null;
        if (table != Singleton.NONE) {
            t = needBuffer(table);
            if (t.length != 256) {
                throw PyException.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (delete != null) {
            for (byte b : needBuffer(delete)) {
                del[b & 0xff] = true;
            }
        }
        byte[] out = new byte[a.length];
        int n = 0;
        for (byte b : a) {
            if (!del[b & 0xff]) {
                out[n++] = t == null ? b : t[b & 0xff];
            }
        }
        return make(self, Arrays.copyOf(out, n));
    }

    static Object maketrans(Object from, Object to) {
        byte[] f = needBuffer(from);
        byte[] t = needBuffer(to);
        if (f.length != t.length) {
            throw PyException.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            table[f[i] & 0xff] = t[i];
        }
        return PyBytes.of(table);
    }

    static Object expandtabs(Object self, Object tabsizeArg) {
        byte[] a = of(self);
        long tabsize = size(tabsizeArg);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(a.length);
        long col = 0;
        for (byte b : a) {
            if (b == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - col % tabsize;
                    for (long k = 0; k < spaces; k++) {
                        out.write(' ');
                    }
                    col += spaces;
                }
            } else {
                out.write(b);
                col = b == '\n' || b == '\r' ? 0 : col + 1;
            }
        }
        return make(self, out.toByteArray());
    }

    static Object splitlines(ThreadState ts, Object self, Object keepends) {
        byte[] a = of(self);
        boolean keep = Ops.isTrue(ts, keepends);
        List<Object> lines = new ArrayList<>();
        int i = 0;
        while (i < a.length) {
            int j = i;
            while (j < a.length && a[j] != '\n' && a[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < a.length) {
                j += a[j] == '\r' && j + 1 < a.length && a[j + 1] == '\n' ? 2 : 1;
            }
            lines.add(make(self, Arrays.copyOfRange(a, i, keep ? j : eol)));
            i = j;
        }
        return new PyList(lines.toArray());
    }

    /** upper/lower/swapcase/title/capitalize, which name the ASCII case mapping. */
    static Object caseMap(Object self, String which) {
        byte[] a = of(self).clone();
        boolean prevCased = false;
        for (int i = 0; i < a.length; i++) {
            int c = a[i] & 0xff;
            int r = switch (which) {
                case "upper" -> isLower(c) ? c - 32 : c;
                case "lower" -> isUpper(c) ? c + 32 : c;
                case "swapcase" -> isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c;
                case "capitalize" -> i == 0 ? (isLower(c) ? c - 32 : c) : (isUpper(c) ? c + 32 : c);
                default -> prevCased ? (isUpper(c) ? c + 32 : c) : (isLower(c) ? c - 32 : c);
            };
            prevCased = isAlpha(c);
            a[i] = (byte) r;
        }
        return make(self, a);
    }

    /** The is... predicates. */
    static Object is(Object self, String which) {
        byte[] a = of(self);
        if (which.equals("isascii")) {
            for (byte b : a) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        }
        if (a.length == 0) {
            return false;
        }
        switch (which) {
            case "islower", "isupper" -> {
                boolean cased = false;
                for (byte b : a) {
                    if (which.equals("islower") ? isUpper(b) : isLower(b)) {
                        return false;
                    }
                    cased |= isAlpha(b);
                }
                return cased;
            }
            case "istitle" -> {
                boolean cased = false;
                boolean prevCased = false;
                for (byte b : a) {
                    if (isUpper(b)) {
                        if (prevCased) {
                            return false;
                        }
                        prevCased = true;
                        cased = true;
                    } else if (isLower(b)) {
                        if (!prevCased) {
                            return false;
                        }
                        prevCased = true;
                        cased = true;
                    } else {
                        prevCased = false;
                    }
                }
                return cased;
            }
            default -> {
                for (byte b : a) {
                    boolean ok = switch (which) {
                        case "isalnum" -> isAlpha(b) || isDigit(b);
                        case "isalpha" -> isAlpha(b);
                        case "isdigit" -> isDigit(b);
                        default -> isSpace(b);
                    };
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    static Object removeAffix(Object self, Object affix, boolean suffix) {
        byte[] a = of(self);
        byte[] p = needBuffer(affix);
        if (p.length > 0 && matchesAt(a, p, 0, a.length, suffix)) {
            return make(self, suffix ? Arrays.copyOf(a, a.length - p.length) : Arrays.copyOfRange(a, p.length, a.length));
        }
        return make(self, a.clone());
    }

    // ---- hex ----

    static String hex(byte[] a, Object sepArg, Object perSepArg) {
        return hex(a, sepArg, perSepArg, false);
    }

    /**
     * The hex digits of {@code a}, a separator between groups of {@code perSepArg} bytes
     * (counted from the right when positive), as bytes.hex and binascii.hexlify make them; a
     * result that becomes bytes (hexlify) may take a non-ASCII Latin-1 separator.
     */
    public static String hex(byte[] a, Object sepArg, Object perSepArg, boolean bytesResult) {
        char sep = 0;
        if (sepArg != null) {
            long len;
            if (sepArg instanceof String s) {
                len = s.codePointCount(0, s.length());
            } else if (sepArg instanceof PyBytes b) {
                len = b.value.length;
            } else {
                len = Ops.len(ThreadState.current(), sepArg);
            }
            if (len != 1) {
                throw PyException.valueError("sep must be length 1.");
            }
            if (sepArg instanceof String s) {
                sep = s.charAt(0);
                if (sep > 0xff) {
                    throw PyException.valueError("sep must be ASCII.");
                }
            } else if (sepArg instanceof PyBytes b) {
                sep = (char) (b.value[0] & 0xff);
            } else {
                throw PyException.typeError("sep must be str or bytes.");
            }
            if (sep > 127 && !bytesResult) {
                throw PyException.valueError("sep must be ASCII.");
            }
        }
        long perSep = perSepArg == null ? 1 : size(perSepArg);
        StringBuilder sb = new StringBuilder(a.length * 3);
        long group = Math.abs(perSep);
        for (int i = 0; i < a.length; i++) {
            if (sep != 0 && i > 0 && group > 0) {
                // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
                long pos = perSep > 0 ? a.length - i : i;
                if (pos % group == 0) {
                    sb.append(sep);
                }
            }
            int c = a[i] & 0xff;
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return sb.toString();
    }

    static byte[] fromhex(Object string) {
        if (!(string instanceof String s)) {
            throw PyException.typeError("fromhex() argument must be str, not " + Ops.typeName(string));
        }
        byte[] out = new byte[s.length() / 2];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (c > 127 || hi < 0) {
                throw PyException.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < s.length() && s.charAt(i + 1) <= 127 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyException.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out[n++] = (byte) (hi * 16 + lo);
            i += 2;
        }
        return Arrays.copyOf(out, n);
    }

    // ---- decode ----

    static Object decode(Object self, Object encoding, Object errors) {
        return Codecs.decode(of(self), Codecs.stringArg(encoding, "decode", "encoding"),
                Codecs.stringArg(errors, "decode", "errors"));
    }

    // ---- printf-style formatting ----

    /** {@code bytes % args}, as CPython's _PyBytes_FormatEx. */
    static byte[] percentFormat(ThreadState ts, byte[] fmt, Object args) {
        boolean isTuple = args instanceof PyTuple;
        Object[] values = isTuple ? ((PyTuple) args).items : new Object[] {args};
        boolean mapping = args instanceof PyDict || (!isTuple && !(args instanceof PyBytes)
                && !(args instanceof String) && Ops.type(args).lookup("__getitem__") != null);
        int next = 0;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(fmt.length + 16);
        int i = 0;
        while (i < fmt.length) {
            byte c = fmt[i++];
            if (c != '%') {
                out.write(c);
                continue;
            }
            Object v = null;
            if (i < fmt.length && fmt[i] == '(') {
                if (!mapping) {
                    throw PyException.typeError("format requires a mapping");
                }
                int depth = 1;
                int k = i + 1;
                while (k < fmt.length && depth > 0) {
                    depth += fmt[k] == '(' ? 1 : fmt[k] == ')' ? -1 : 0;
                    k++;
                }
                if (depth > 0) {
                    throw PyException.valueError("incomplete format key");
                }
                v = Ops.getItem(ts, args, PyBytes.of(Arrays.copyOfRange(fmt, i + 1, k - 1)));
                i = k;
            }
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length && "-+ #0".indexOf(fmt[i]) >= 0) {
                flags.append((char) fmt[i++]);
            }
            long width = -1;
            if (i < fmt.length && fmt[i] == '*') {
                i++;
                if (next >= values.length) {
                    throw PyException.typeError("not enough arguments for format string");
                }
                Object w = values[next++];
                if (!(w instanceof Long || w instanceof Boolean)) {
                    throw PyException.typeError("* wants int");
                }
                width = Ops.index(w);
                if (width < 0) {
                    flags.append('-');
                    width = -width;
                }
            } else {
                while (i < fmt.length && isDigit(fmt[i])) {
                    width = Math.max(width, 0) * 10 + (fmt[i++] - '0');
                }
            }
            long prec = -1;
            if (i < fmt.length && fmt[i] == '.') {
                i++;
                prec = 0;
                if (i < fmt.length && fmt[i] == '*') {
                    i++;
                    if (next >= values.length) {
                        throw PyException.typeError("not enough arguments for format string");
                    }
                    Object p = values[next++];
                    if (!(p instanceof Long || p instanceof Boolean)) {
                        throw PyException.typeError("* wants int");
                    }
                    prec = Math.max(0, Ops.index(p));
                } else {
                    while (i < fmt.length && isDigit(fmt[i])) {
                        prec = prec * 10 + (fmt[i++] - '0');
                    }
                }
            }
            while (i < fmt.length && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
                i++;
            }
            if (i >= fmt.length) {
                throw PyException.valueError("incomplete format");
            }
            int conv = fmt[i++] & 0xff;
            if (conv == '%') {
                out.write('%');
                continue;
            }
            if (v == null) {
                if (next >= values.length) {
                    throw PyException.typeError("not enough arguments for format string");
                }
                v = values[next++];
            }
            byte[] body = switch (conv) {
                case 's', 'b' -> {
                    byte[] b = bytesForFormat(ts, v);
                    yield prec >= 0 && prec < b.length ? Arrays.copyOf(b, (int) prec) : b;
                }
                case 'r', 'a' -> {
                    byte[] b = Codecs.latin1(StrMethods.ascii(Ops.repr(ts, v)));
                    yield prec >= 0 && prec < b.length ? Arrays.copyOf(b, (int) prec) : b;
                }
                case 'c' -> new byte[] {formatChar(v)};
                case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    if (v instanceof PyBytes || v instanceof PyByteArray) {
                        String what = "doiuxX".indexOf(conv) >= 0 ? "%" + (char) conv + " format: "
                                + (conv == 'o' || conv == 'x' || conv == 'X' ? "an integer" : "a real number")
                                + " is required, not " : "must be real number, not ";
                        throw PyException.typeError(what + Ops.typeName(v));
                    }
                    StringBuilder spec = new StringBuilder("%").append(flags);
                    if (width >= 0) {
                        spec.append(width);
                    }
                    if (prec >= 0) {
                        spec.append('.').append(prec);
                    }
                    spec.append((char) conv);
                    yield Codecs.latin1((String) StrMethods.percentFormat(ts, spec.toString(), PyTuple.of(v)));
                }
                default -> throw PyException.valueError("unsupported format character '" + (char) conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + (i - 1));
            };
            boolean numeric = "diuoxXeEfFgG".indexOf(conv) >= 0;
            if (!numeric && width > body.length) {
                byte[] padded = new byte[(int) width];
                Arrays.fill(padded, (byte) ' ');
                int at = flags.indexOf("-") >= 0 ? 0 : (int) width - body.length;
                System.arraycopy(body, 0, padded, at, body.length);
                body = padded;
            }
            out.write(body, 0, body.length);
        }
        if (next < values.length && !mapping) {
            throw PyException.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    private static byte[] bytesForFormat(ThreadState ts, Object v) {
        byte[] b = buffer(v);
        if (b != null) {
            return b;
        }
        Object conv = Ops.type(v).lookup("__bytes__");
        if (conv != null) {
            Object r = Ops.callDescr(ts, conv, v, Ops.NO_ARGS);
            if (!(r instanceof PyBytes rb)) {
                throw PyException.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            }
            return rb.value;
        }
        throw PyException.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Ops.typeName(v) + "'");
    }

    private static byte formatChar(Object v) {
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            byte[] b = buffer(v);
            if (b.length == 1) {
                return b[0];
            }
        } else if (isIndex(v)) {
            if (v instanceof BigInteger) {
                throw PyException.overflow("%c arg not in range(256)");
            }
            long c = Ops.index(v);
            if (c < 0 || c > 255) {
                throw PyException.overflow("%c arg not in range(256)");
            }
            return (byte) c;
        }
        throw PyException.typeError("%c requires an integer in range(256) or a single byte");
    }
}
