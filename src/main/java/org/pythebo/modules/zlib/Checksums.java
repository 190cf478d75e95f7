package org.pythebo.modules.zlib;

import java.util.zip.Adler32;
import java.util.zip.CRC32;

import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.Convert;

/**
 * CRC-32 and Adler-32 with a running value, as zlib's crc32() and adler32() take one. The JDK's
 * (intrinsified) checksums start from the initial value only, so a running value is folded in
 * afterwards: for CRC-32 by multiplying it by x^(8n) modulo the polynomial, for Adler-32 by
 * the sums' arithmetic.
 */
public final class Checksums {
    private Checksums() {}

    /** Argument Clinic's {@code unsigned_int(bitwise=True)}, which the checksums' start values take: the low 32 bits of any int. */
    public static long maskedUnsigned(Object o) {
        if (o instanceof Long l) {
            return l & 0xffffffffL;
        }
        Object v = Convert.index(ThreadState.current(), o);
        return (v instanceof Long l ? l : ((java.math.BigInteger) v).longValue()) & 0xffffffffL;
    }

    /** The reflected CRC-32 polynomial. */
    private static final int POLY = 0xedb88320;

    /** x^(2^k) modulo the polynomial, k = 0..31 (reflected: x^0 is the top bit). */
    private static final int[] X_POW_2K = new int[32];

    static {
        X_POW_2K[0] = 1 << 30;
        for (int k = 1; k < 32; k++) {
            X_POW_2K[k] = multiply(X_POW_2K[k - 1], X_POW_2K[k - 1]);
        }
    }

    /** The product of two polynomials modulo the CRC polynomial, in reflected form. */
    private static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return product;
    }

    /** x^(8n) modulo the polynomial: what shifting a CRC register past n zero bytes multiplies it by. */
    private static int shiftBytes(long n) {
        int p = 1 << 31;
        for (int k = 3; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                p = multiply(X_POW_2K[k & 31], p);
            }
        }
        return p;
    }

    /** The CRC-32 of {@code len} bytes of {@code b} from {@code off}, continuing from {@code crc}. */
    public static long crc32(long crc, byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        int fresh = (int) c.getValue();
        if (crc == 0) {
            return fresh & 0xffffffffL;
        }
        return crc32Combine(crc, fresh & 0xffffffffL, len);
    }

    /** The CRC-32 of A followed by B from the CRC-32 of each and the length of B. */
    static long crc32Combine(long crcA, long crcB, long lengthB) {
        // crc(A) shifted past B's bytes, plus crc(B): the CRC is linear over GF(2).
        return (multiply(shiftBytes(lengthB), (int) crcA) ^ (int) crcB) & 0xffffffffL;
    }

    private static final int BASE = 65521;

    /** The Adler-32 of {@code len} bytes of {@code b} from {@code off}, continuing from {@code adler}. */
    public static long adler32(long adler, byte[] b, int off, int len) {
        Adler32 a = new Adler32();
        a.update(b, off, len);
        long fresh = a.getValue();
        return adler == 1 ? fresh : adler32Combine(adler, fresh, len);
    }

    /** The Adler-32 of A followed by B from the Adler-32 of each and the length of B. */
    static long adler32Combine(long adlerA, long adlerB, long lengthB) {
        // From (1, 0) B adds s to the first sum and n + t to the second; from (a0, b0) it adds
        // s to the first and t + n * a0 to the second.
        long a0 = adlerA & 0xffff;
        long b0 = (adlerA >>> 16) & 0xffff;
        long s = (adlerB & 0xffff) - 1;
        long nt = (adlerB >>> 16) & 0xffff;
        long n = lengthB % BASE;
        long first = Math.floorMod(a0 + s, BASE);
        long second = Math.floorMod(b0 + nt + n * (a0 - 1), BASE);
        return first | second << 16;
    }

    /**
     * The check value of a zlib or gzip stream as its data goes by: the JDK's checksum over the
     * data since {@code base}, combined with it when read, so that a copy can start its own.
     */
    static final class Running {
        private final boolean crc;
        private final long base;
        private long count;
        private final java.util.zip.Checksum sum;

        Running(boolean crc) {
            this(crc, crc ? 0 : 1);
        }

        private Running(boolean crc, long base) {
            this.crc = crc;
            this.base = base;
            this.sum = crc ? new CRC32() : new Adler32();
        }

        void update(byte[] b, int off, int len) {
            sum.update(b, off, len);
            count += len;
        }

        long value() {
            long v = sum.getValue();
            if (crc) {
                return base == 0 ? v : crc32Combine(base, v, count);
            }
            return base == 1 ? v : adler32Combine(base, v, count);
        }

        Running copy() {
            return new Running(crc, value());
        }
    }
}
