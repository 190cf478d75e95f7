package org.pythebo.modules._hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.PythonError;

/**
 * scrypt (RFC 7914), as {@code hashlib.scrypt}, with CPython's own checks and those OpenSSL makes
 * for it, each with the message CPython shows.
 *
 * <p>Stateless; safe from any thread.
 */
public final class Scrypt {

    private static final VarHandle LITTLE_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** OpenSSL's memory limit when maxmem is 0. */
    private static final long DEFAULT_MAX_MEMORY = 32L * 1024 * 1024;
    private static final long UNSIGNED_32_MAX = 0xFFFF_FFFFL;

    private Scrypt() {}

    /**
     * {@code hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=dklen)}.
     * The module layer converts n, r and p as C unsigned longs (refusing other values with
     * CPython's "TypeError: n is required and must be an unsigned int"), maxmem and dklen as C
     * longs (default 0 and 64).
     *
     * <p>{@code n}, {@code r} and {@code p} are the unsigned 64-bit values of those C unsigned longs.
     *
     * @throws PythonError CPython's ValueError for the first parameter it refuses
     */
    public static byte[] derive(byte[] password, byte[] salt, long n, long r, long p, long maxmem, long dklen) {
        if (Long.compareUnsigned(n, 2) < 0 || (n & (n - 1)) != 0) {
            throw PythonError.valueError("n must be a power of 2.");
        }
        if (maxmem < 0 || maxmem > Integer.MAX_VALUE) {
            throw PythonError.valueError("maxmem must be positive and smaller than 2147483647");
        }
        if (dklen < 1 || dklen > Integer.MAX_VALUE) {
            throw PythonError.valueError("dklen must be greater than 0 and smaller than 2147483647");
        }
        if (Long.compareUnsigned(r, UNSIGNED_32_MAX) > 0 || Long.compareUnsigned(p, UNSIGNED_32_MAX) > 0) {
            throw PythonError.valueError("[digital envelope routines] parameter too large");
        }
        if (r == 0 || p == 0) {
            throw PythonError.valueError("Invalid parameter combination for n, r, p, maxmem.");
        }
        // RFC 7914 wants N < 2^(128 r / 8), a bound only below r = 4 for a 64-bit N; OpenSSL
        // reports it as a memory limit too.
        boolean costTooHigh = r < 4 && Long.compareUnsigned(n, 1L << (16 * r)) >= 0;
        // The working memory: p blocks of 128 r bytes, and N + 2 more for ROMix.
        BigInteger memory = BigInteger.valueOf(128 * r).multiply(
                new BigInteger(Long.toUnsignedString(n)).add(BigInteger.valueOf(2 + p)));
        long limit = maxmem == 0 ? DEFAULT_MAX_MEMORY : maxmem;
        if (costTooHigh || memory.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw PythonError.valueError("[digital envelope routines] memory limit exceeded");
        }
        return deriveChecked(password, salt, (int) n, (int) r, (int) p, (int) dklen);
    }

    private static byte[] deriveChecked(byte[] password, byte[] salt, int n, int r, int p, int dklen) {
        Hmac keyed = Hmac.create(password, JdkDigest::sha256);
        int blockBytes = 128 * r;
        byte[] blocks = Pbkdf2Hmac.deriveChecked(keyed, salt, 1, p * blockBytes);
        int[] x = new int[32 * r];
        int[] v = new int[32 * r * n];
        int[] scratch = new int[32 * r];
        for (int i = 0; i < p; i++) {
            int at = i * blockBytes;
            for (int w = 0; w < x.length; w++) {
                x[w] = (int) LITTLE_ENDIAN_INT.get(blocks, at + 4 * w);
            }
            roMix(x, v, scratch, n, r);
            for (int w = 0; w < x.length; w++) {
                LITTLE_ENDIAN_INT.set(blocks, at + 4 * w, x[w]);
            }
        }
        return Pbkdf2Hmac.deriveChecked(keyed, blocks, 1, dklen);
    }

    /** scryptROMix: fill V with successive BlockMix outputs, then mix X with pseudo-random entries. */
    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            // Integerify: the first word of the last 64-byte block; N is a power of 2 below 2^31.
            int j = x[words - 16] & (n - 1);
            int base = j * words;
            for (int w = 0; w < words; w++) {
                x[w] ^= v[base + w];
            }
            blockMix(x, scratch, r);
        }
    }

    /** scryptBlockMix over 2r 64-byte blocks; even outputs go to the first half, odd to the second. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] state = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, state, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int w = 0; w < 16; w++) {
                state[w] ^= b[i * 16 + w];
            }
            salsa20Core8(state);
            int target = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(state, 0, y, target, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    /** The Salsa20/8 core: four double rounds (column round, row round), then the input added. */
    static void salsa20Core8(int[] block) {
        int[] x = block.clone();
        for (int doubleRound = 0; doubleRound < 4; doubleRound++) {
            quarterRound(x, 0, 4, 8, 12);
            quarterRound(x, 5, 9, 13, 1);
            quarterRound(x, 10, 14, 2, 6);
            quarterRound(x, 15, 3, 7, 11);
            quarterRound(x, 0, 1, 2, 3);
            quarterRound(x, 5, 6, 7, 4);
            quarterRound(x, 10, 11, 8, 9);
            quarterRound(x, 15, 12, 13, 14);
        }
        for (int i = 0; i < 16; i++) {
            block[i] += x[i];
        }
    }

    private static void quarterRound(int[] x, int a, int b, int c, int d) {
        x[b] ^= Integer.rotateLeft(x[a] + x[d], 7);
        x[c] ^= Integer.rotateLeft(x[b] + x[a], 9);
        x[d] ^= Integer.rotateLeft(x[c] + x[b], 13);
        x[a] ^= Integer.rotateLeft(x[d] + x[c], 18);
    }
}
