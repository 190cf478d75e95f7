package org.pythebo.modules._struct;

import java.math.BigInteger;

import org.pythebo.runtime.bytes.PyByteArray;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.text.Codecs;

/**
 * A compiled struct format: its size and its runs of items (a format character with its offset,
 * its item size and how many times it repeats; {@code s} and {@code p} are one item of the
 * repeat count's length, and pad bytes no item at all). Immutable, so the cache and every Struct
 * made from the same format share one.
 *
 * <p>How an integer is checked differs by format character and table as in CPython: the native
 * table ({@code @}, and {@code <}/{@code =} where the standard size equals the native one) words
 * its range errors "ushort format requires 0 <= number <= 65535", the standard tables "'H'
 * format requires ..."; out-of-range conversions to a C long are "argument out of range", and
 * the 8-byte big-endian codes convert the whole int ("int too large to convert").
 */
final class StructFormat {
    static final int PAD = 0, CHAR = 1, BOOL = 2, INT = 3, POINTER = 4, HALF = 5, FLOAT = 6, DOUBLE = 7,
            STRING = 8, PASCAL = 9;

    /** How an int is converted before its range check: to a C long, a C unsigned long, or whole into the bytes. */
    static final int TO_LONG = 0, TO_ULONG = 1, WHOLE = 2;

    /**
     * One run: {@code repeat} items of format character {@code code} from byte {@code offset},
     * each {@code size} bytes. For integers: signedness, the conversion, and the range
     * [{@code min}, {@code max}] (compared unsigned for unsigned codes) with its message, or
     * none. {@code nativeFloat}: an {@code f} that overflows to infinity instead of raising.
     */
    record Run(char code, int kind, long offset, long size, long repeat, boolean signed, int conversion, long min,
               long max, String rangeMessage, boolean nativeFloat) {}

    /** The format as given, decoded to str (Struct.format). */
    final String format;
    final boolean bigEndian;
    /** The number of bytes packed, or -1 for a Struct whose __init__ has not run. */
    final long size;
    /** The number of values packed. */
    final long items;
    final Run[] runs;

    private StructFormat(String format, boolean bigEndian, long size, long items, Run[] runs) {
        this.format = format;
        this.bigEndian = bigEndian;
        this.size = size;
        this.items = items;
        this.runs = runs;
    }

    /** What a Struct holds before __init__ gives it a format. */
    static final StructFormat UNSET = new StructFormat("", false, -1, -1, new Run[0]);

    // ---- compiling ----

    /** The format text of a str or bytes format (a subclass's value included), or null for anything else. */
    static String text(Object format) {
        Object f = PyValueInstance.unwrap(format);
        if (f instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) {
                    Codecs.encode(s, "ascii", "strict");
                }
            }
            return s;
        }
        if (f instanceof PyBytes b) {
            byte[] v = b.value();
            char[] cs = new char[v.length];
            for (int i = 0; i < v.length; i++) {
                cs[i] = (char) (v[i] & 0xff);
            }
            return new String(cs);
        }
        return null;
    }

    static StructFormat compile(ThreadState ts, String fmt) {
        if (fmt.indexOf('\0') >= 0) {
            throw StructModule.error(ts, "embedded null character");
        }
        int n = fmt.length();
        int i = 0;
        char mode = '@';
        if (n > 0 && "@=<>!".indexOf(fmt.charAt(0)) >= 0) {
            mode = fmt.charAt(0);
            i = 1;
        }
        boolean nativeMode = mode == '@';
        boolean big = mode == '>' || mode == '!';
        java.util.ArrayList<Run> runs = new java.util.ArrayList<>();
        long size = 0;
        long items = 0;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    int d = fmt.charAt(i++) - '0';
                    if (num > (Long.MAX_VALUE - d) / 10) {
                        throw StructModule.error(ts, "total struct size too long");
                    }
                    num = num * 10 + d;
                }
                if (i == n) {
                    throw StructModule.error(ts, "repeat count given without format specifier");
                }
                c = fmt.charAt(i++);
            }
            Run proto = nativeMode ? nativeRun(c) : standardRun(c, big);
            if (proto == null) {
                throw StructModule.error(ts, "bad char in struct format");
            }
            long itemSize = proto.size;
            if (nativeMode && itemSize > 1) {
                // Native items are aligned to their size, as a C compiler lays out a struct.
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            boolean oneItem = c == 's' || c == 'p';
            long bytes = oneItem ? num : itemSize;
            long count = oneItem ? 1 : num;
            if (num > (Long.MAX_VALUE - size) / itemSize) {
                throw StructModule.error(ts, "total struct size too long");
            }
            if (c != 'x' && count > 0) {
                runs.add(new Run(c, proto.kind, size, bytes, count, proto.signed, proto.conversion, proto.min,
                        proto.max, proto.rangeMessage, proto.nativeFloat));
                items += count;
            }
            size += num * itemSize;
        }
        return new StructFormat(fmt, big, size, items, runs.toArray(new Run[0]));
    }

    /** Py_ISSPACE: the whitespace a format may contain between items. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    private static Run kind(char code, int kind, int size) {
        return new Run(code, kind, 0, size, 0, false, 0, 0, 0, null, false);
    }

    private static Run integer(char code, int size, boolean signed, int conversion, long min, long max, String message) {
        return new Run(code, INT, 0, size, 0, signed, conversion, min, max, message, false);
    }

    private static String range(String name, long min, String max) {
        return name + " format requires " + min + " <= number <= " + max;
    }

    /** The native table: Linux x86_64 sizes. */
    private static Run nativeRun(char c) {
        return switch (c) {
            case 'x' -> kind(c, PAD, 1);
            case 'c' -> kind(c, CHAR, 1);
            case '?' -> kind(c, BOOL, 1);
            case 's' -> kind(c, STRING, 1);
            case 'p' -> kind(c, PASCAL, 1);
            case 'b' -> integer(c, 1, true, TO_LONG, -128, 127, range("byte", -128, "127"));
            case 'B' -> integer(c, 1, false, TO_LONG, 0, 255, range("ubyte", 0, "255"));
            case 'h' -> integer(c, 2, true, TO_LONG, -32768, 32767, range("short", -32768, "32767"));
            case 'H' -> integer(c, 2, false, TO_LONG, 0, 65535, range("ushort", 0, "65535"));
            case 'i' -> integer(c, 4, true, TO_LONG, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    range("'i'", Integer.MIN_VALUE, "2147483647"));
            case 'I' -> integer(c, 4, false, TO_ULONG, 0, 0xffffffffL, range("'I'", 0, "4294967295"));
            case 'l', 'q', 'n' -> integer(c, 8, true, TO_LONG, 0, 0, null);
            case 'L', 'Q', 'N' -> integer(c, 8, false, TO_ULONG, 0, 0, null);
            case 'P' -> kind(c, POINTER, 8);
            case 'e' -> kind(c, HALF, 2);
            case 'f' -> new Run(c, FLOAT, 0, 4, 0, false, 0, 0, 0, null, true);
            case 'd' -> kind(c, DOUBLE, 8);
            default -> null;
        };
    }

    /**
     * The standard tables. Where the standard size equals the native one, the little-endian
     * table ({@code <}, {@code =}) checks as the native table does (CPython swaps the native
     * functions in); the byte codes are native in every table.
     */
    private static Run standardRun(char c, boolean big) {
        return switch (c) {
            case 'x', 'c', '?', 's', 'p', 'b', 'B', 'e', 'd' -> nativeRun(c);
            case 'i', 'I' -> nativeRun(c);
            case 'h' -> big ? integer(c, 2, true, TO_LONG, -32768, 32767, range("'h'", -32768, "32767")) : nativeRun(c);
            case 'H' -> big ? integer(c, 2, false, TO_ULONG, 0, 65535, range("'H'", 0, "65535")) : nativeRun(c);
            case 'l' -> integer(c, 4, true, TO_LONG, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    range("'l'", Integer.MIN_VALUE, "2147483647"));
            case 'L' -> integer(c, 4, false, TO_ULONG, 0, 0xffffffffL, range("'L'", 0, "4294967295"));
            case 'q' -> big ? integer(c, 8, true, WHOLE, 0, 0, null) : nativeRun(c);
            case 'Q' -> big ? integer(c, 8, false, WHOLE, 0, 0, null) : nativeRun(c);
            case 'f' -> kind(c, FLOAT, 4);
            default -> null;
        };
    }

    // ---- packing ----

    /** Packs {@code items} values from {@code args[from..]} into {@code out} at {@code base}. */
    void pack(ThreadState ts, Object[] args, int from, byte[] out, int base) {
        int a = from;
        for (Run r : runs) {
            int at = base + (int) r.offset;
            int step = (int) r.size;
            for (long k = 0; k < r.repeat; k++, at += step) {
                packItem(ts, r, args[a++], out, at);
            }
        }
    }

    private void packItem(ThreadState ts, Run r, Object v, byte[] out, int at) {
        switch (r.kind) {
            case INT -> putInt(out, at, (int) r.size, integer(ts, r, v), bigEndian);
            case BOOL -> out[at] = (byte) (v instanceof Boolean b ? (b ? 1 : 0) : Ops.isTrue(ts, v) ? 1 : 0);
            case DOUBLE -> putInt(out, at, 8, Double.doubleToRawLongBits(toDouble(ts, v)), bigEndian);
            case FLOAT -> {
                double d = toDouble(ts, v);
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d) && !r.nativeFloat) {
                    throw floatOverflow(ts, v, 'f');
                }
                putInt(out, at, 4, Float.floatToRawIntBits(f) & 0xffffffffL, bigEndian);
            }
            case HALF -> {
                int h = HalfFloat.pack(toDouble(ts, v));
                if (h < 0) {
                    throw floatOverflow(ts, v, 'e');
                }
                putInt(out, at, 2, h, bigEndian);
            }
            case CHAR -> {
                Object b = PyValueInstance.unwrap(v);
                if (!(b instanceof PyBytes bytes) || bytes.size() != 1) {
                    throw StructModule.error(ts, "char format requires a bytes object of length 1");
                }
                out[at] = bytes.value()[0];
            }
            case STRING, PASCAL -> packString(ts, r, v, out, at);
            case POINTER -> putInt(out, at, 8, pointer(ts, v), bigEndian);
            default -> throw new IllegalStateException("format code " + r.code);
        }
    }

    private static void packString(ThreadState ts, Run r, Object v, byte[] out, int at) {
        Object o = PyValueInstance.unwrap(v);
        byte[] b;
        if (o instanceof PyBytes bytes) {
            b = bytes.value();
        } else if (o instanceof PyByteArray ba) {
            b = ba.toBytes();
        } else {
            throw StructModule.error(ts, "argument for '" + r.code + "' must be a bytes object");
        }
        int size = (int) r.size;
        if (r.kind == STRING) {
            System.arraycopy(b, 0, out, at, Math.min(b.length, size));
            return;
        }
        if (size == 0) {
            return;
        }
        int n = Math.min(b.length, size - 1);
        System.arraycopy(b, 0, out, at + 1, n);
        out[at] = (byte) Math.min(n, 255);
    }

    /**
     * An integer's bits for run {@code r}, checked as the run's table checks it. Values that fit
     * a long are checked without making a BigInteger.
     */
    private static long integer(ThreadState ts, Run r, Object v) {
        Object i = v instanceof Long ? v : toInt(ts, v);
        long x;
        if (i instanceof Long l) {
            x = l;
            if (!r.signed && x < 0 && r.conversion != TO_LONG) {
                throw StructModule.error(ts, r.conversion == WHOLE ? "int too large to convert" : "argument out of range");
            }
        } else {
            BigInteger b = (BigInteger) i;
            if (r.signed || r.conversion == TO_LONG || b.signum() < 0 || b.bitLength() > 64) {
                throw StructModule.error(ts, r.conversion == WHOLE ? "int too large to convert" : "argument out of range");
            }
            x = b.longValue();
        }
        if (r.rangeMessage != null) {
            boolean out = r.signed || r.conversion == TO_LONG ? x < r.min || x > r.max : Long.compareUnsigned(x, r.max) > 0;
            if (out) {
                throw StructModule.error(ts, r.rangeMessage);
            }
        }
        return x;
    }

    /** A pointer ('P'): any int from -2**63 to 2**64-1, negative ones as their two's complement. */
    private static long pointer(ThreadState ts, Object v) {
        Object i = v instanceof Long ? v : toInt(ts, v);
        if (i instanceof Long l) {
            return l;
        }
        BigInteger b = (BigInteger) i;
        if (b.signum() < 0 || b.bitLength() > 64) {
            throw StructModule.error(ts, "int too large to convert");
        }
        return b.longValue();
    }

    /** The int value of v, with struct's error for an object that is no integer. */
    private static Object toInt(ThreadState ts, Object v) {
        Object i = Convert.intValue(v);
        if (i != null) {
            return i;
        }
        if (Ops.type(v).lookup("__index__") == null) {
            throw StructModule.error(ts, "required argument is not an integer");
        }
        return Convert.index(ts, v);
    }

    private static double toDouble(ThreadState ts, Object v) {
        if (v instanceof Double d) {
            return d;
        }
        try {
            return Convert.asDouble(ts, v);
        } catch (PyException e) {
            throw StructModule.error(ts, "required argument is not a float");
        }
    }

    /** An overflowing float; an int argument makes it the "int too large" struct.error, as CPython words it. */
    private static PyException floatOverflow(ThreadState ts, Object v, char code) {
        if (Arith.isInt(v) || Convert.intValue(v) != null) {
            return StructModule.error(ts, "int too large to convert");
        }
        return PyException.overflow("float too large to pack with " + code + " format");
    }

    static void putInt(byte[] out, int at, int size, long v, boolean big) {
        if (big) {
            for (int k = size - 1; k >= 0; k--, v >>>= 8) {
                out[at + k] = (byte) v;
            }
        } else {
            for (int k = 0; k < size; k++, v >>>= 8) {
                out[at + k] = (byte) v;
            }
        }
    }

    // ---- unpacking ----

    /** The values packed in {@code buf} from {@code base} (which holds at least {@link #size} bytes). */
    Object[] unpack(byte[] buf, int base) {
        Object[] out = new Object[(int) items];
        int o = 0;
        for (Run r : runs) {
            int at = base + (int) r.offset;
            int step = (int) r.size;
            for (long k = 0; k < r.repeat; k++, at += step) {
                out[o++] = unpackItem(r, buf, at);
            }
        }
        return out;
    }

    private Object unpackItem(Run r, byte[] b, int at) {
        return switch (r.kind) {
            case INT -> {
                int size = (int) r.size;
                long x = getInt(b, at, size, bigEndian);
                if (r.signed) {
                    int shift = 64 - 8 * size;
                    yield (x << shift) >> shift;
                }
                yield x >= 0 ? (Object) x : Arith.norm(new BigInteger(Long.toUnsignedString(x)));
            }
            case BOOL -> b[at] != 0;
            case DOUBLE -> Double.longBitsToDouble(getInt(b, at, 8, bigEndian));
            case FLOAT -> (double) Float.intBitsToFloat((int) getInt(b, at, 4, bigEndian));
            case HALF -> HalfFloat.unpack((int) getInt(b, at, 2, bigEndian));
            case CHAR -> PyBytes.of(new byte[] {b[at]});
            case STRING -> PyBytes.of(java.util.Arrays.copyOfRange(b, at, at + (int) r.size));
            case PASCAL -> {
                int size = (int) r.size;
                int n = size == 0 ? 0 : Math.min(b[at] & 0xff, size - 1);
                yield PyBytes.of(java.util.Arrays.copyOfRange(b, at + 1, at + 1 + n));
            }
            case POINTER -> {
                long x = getInt(b, at, 8, bigEndian);
                yield x >= 0 ? (Object) x : Arith.norm(new BigInteger(Long.toUnsignedString(x)));
            }
            default -> throw new IllegalStateException("format code " + r.code);
        };
    }

    static long getInt(byte[] b, int at, int size, boolean big) {
        long x = 0;
        if (big) {
            for (int k = 0; k < size; k++) {
                x = x << 8 | (b[at + k] & 0xff);
            }
        } else {
            for (int k = size - 1; k >= 0; k--) {
                x = x << 8 | (b[at + k] & 0xff);
            }
        }
        return x;
    }

    /** The number of runs (Struct.__sizeof__ counts them as CPython counts its format codes). */
    int runCount() {
        return runs.length;
    }
}
