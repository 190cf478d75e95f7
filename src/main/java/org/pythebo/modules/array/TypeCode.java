package org.pythebo.modules.array;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.numbers.Arith;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * An array typecode: its item size on Linux x86_64 ('u' is a 4-byte wchar_t), how an item is
 * read from and written to the little-endian buffer, and how a Python value becomes an item,
 * with the conversions and OverflowError messages CPython's array uses for it. An item travels
 * as a long: the integer (the bits, for 'L' and 'Q'), the code point, or a double's bits.
 */
final class TypeCode {
    static final String CODES = "bBuhHiIlLqQfd";

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final TypeCode[] ALL = new TypeCode[CODES.length()];

    static {
        int[] sizes = {1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8};
        // The machine format codes of array's pickles (UNSIGNED_INT8 = 0 ... UTF32_LE = 20).
        int[] formats = {1, 0, 20, 4, 2, 8, 6, 12, 10, 12, 10, 14, 16};
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new TypeCode(CODES.charAt(i), sizes[i], formats[i]);
        }
    }

    final char code;
    final int size;
    /** The machine format code of a pickle of this typecode's items. */
    final int mformat;
    final boolean isFloat;
    final boolean isInteger;
    final boolean signed;

    private TypeCode(char code, int size, int mformat) {
        this.code = code;
        this.size = size;
        this.mformat = mformat;
        this.isFloat = code == 'f' || code == 'd';
        this.isInteger = !isFloat && code != 'u';
        this.signed = Character.isLowerCase(code);
    }

    /** The typecode of a character, or null. */
    static TypeCode of(int c) {
        int i = c < 128 ? CODES.indexOf(c) : -1;
        return i < 0 ? null : ALL[i];
    }

    static TypeCode[] all() {
        return ALL.clone();
    }

    // ---- the buffer ----

    long load(byte[] b, int index) {
        int at = index * size;
        return switch (code) {
            case 'b' -> b[at];
            case 'B' -> b[at] & 0xff;
            case 'h' -> (short) SHORT.get(b, at);
            case 'H' -> (short) SHORT.get(b, at) & 0xffff;
            case 'i' -> (int) INT.get(b, at);
            case 'I', 'u' -> (int) INT.get(b, at) & 0xffffffffL;
            case 'f' -> Double.doubleToRawLongBits(Float.intBitsToFloat((int) INT.get(b, at)));
            default -> (long) LONG.get(b, at);
        };
    }

    void store(byte[] b, int index, long item) {
        int at = index * size;
        switch (size) {
            case 1 -> b[at] = (byte) item;
            case 2 -> SHORT.set(b, at, (short) item);
            case 4 -> INT.set(b, at, code == 'f' ? Float.floatToRawIntBits((float) Double.longBitsToDouble(item))
                    : (int) item);
            default -> LONG.set(b, at, item);
        }
    }

    /** The Python value of an item. */
    Object box(long item) {
        if (isFloat) {
            return Double.longBitsToDouble(item);
        }
        if (code == 'u') {
            return unicodeChar(item);
        }
        if (item < 0 && !signed) {
            return Arith.norm(new BigInteger(Long.toUnsignedString(item)));
        }
        return item;
    }

    static String unicodeChar(long cp) {
        if (cp < 0 || cp > 0x10ffff) {
            throw PyException.valueError("character U+" + Long.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
        }
        return Character.toString((int) cp);
    }

    Object get(byte[] b, int index) {
        return box(load(b, index));
    }

    // ---- Python values to items ----

    /** A Python value as an item of this typecode, or CPython's TypeError or OverflowError. */
    long convert(ThreadState ts, Object v) {
        if (isFloat) {
            return Double.doubleToRawLongBits(v instanceof Double d ? d : Convert.asDouble(ts, v));
        }
        if (code == 'u') {
            Object s = PyValueInstance.unwrap(v);
            if (s instanceof String str && !str.isEmpty() && str.length() == Character.charCount(str.codePointAt(0))) {
                return str.codePointAt(0);
            }
            throw PyException.typeError("array item must be unicode character");
        }
        Object i = v instanceof Long ? v : Convert.index(ts, v);
        return switch (code) {
            case 'b' -> {
                long x = cLong(i);
                range(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                range(x, Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
                yield x;
            }
            case 'B' -> {
                long x = cLong(i);
                range(x, 0, 255, "unsigned byte integer");
                yield x;
            }
            case 'h' -> {
                long x = cLong(i);
                range(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                yield x;
            }
            case 'H' -> {
                long x = cLong(i);
                range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                range(x, 0, 65535, "unsigned short");
                yield x;
            }
            case 'i' -> {
                long x = cLong(i);
                range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                yield x;
            }
            case 'I' -> {
                long x = cUnsignedLong(i);
                if (Long.compareUnsigned(x, 0xffffffffL) > 0) {
                    throw PyException.overflow("unsigned int is greater than maximum");
                }
                yield x;
            }
            case 'l' -> cLong(i);
            case 'L' -> cUnsignedLong(i);
            case 'q' -> {
                if (i instanceof Long l) {
                    yield l;
                }
                throw PyException.overflow("int too big to convert");
            }
            default -> {
                if (i instanceof Long l && l >= 0) {
                    yield l;
                }
                BigInteger b = Arith.big(i);
                if (b.signum() < 0) {
                    throw PyException.overflow("can't convert negative int to unsigned");
                }
                if (b.bitLength() > 64) {
                    throw PyException.overflow("int too big to convert");
                }
                yield b.longValue();
            }
        };
    }

    private static long cLong(Object i) {
        if (i instanceof Long l) {
            return l;
        }
        throw PyException.overflow("Python int too large to convert to C long");
    }

    private static long cUnsignedLong(Object i) {
        if (i instanceof Long l && l >= 0) {
            return l;
        }
        BigInteger b = Arith.big(i);
        if (b.signum() < 0) {
            throw PyException.overflow("can't convert negative value to unsigned int");
        }
        if (b.bitLength() > 64) {
            throw PyException.overflow("Python int too large to convert to C unsigned long");
        }
        return b.longValue();
    }

    private static void range(long x, long min, long max, String what) {
        if (x < min) {
            throw PyException.overflow(what + " is less than minimum");
        }
        if (x > max) {
            throw PyException.overflow(what + " is greater than maximum");
        }
    }

    /** Whether two items of this typecode are equal as Python compares their values (NaN is not equal to itself). */
    boolean itemsEqual(long a, long b) {
        return isFloat ? Double.longBitsToDouble(a) == Double.longBitsToDouble(b) : a == b;
    }
}
