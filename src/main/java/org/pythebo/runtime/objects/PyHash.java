package org.pythebo.runtime.objects;

import java.security.SecureRandom;

/**
 * The hash of str and bytes, as CPython's pyhash computes it: SipHash-1-3 over the bytes of the
 * value (a str in its compact form: one byte per character when all are below 256, two when all
 * are below 65536, else four, little-endian), keyed from PYTHONHASHSEED. Seed 0 is the zero key
 * (no randomization); seeds 1 to 4294967295 expand to the key through CPython's linear
 * congruential generator; otherwise the key is random, so every process hashes str differently.
 * The same keys give the same hashes, so sets built from the same strings iterate in CPython's
 * order.
 *
 * <p>The key is fixed once per process, before the first hash: the launcher sets the system
 * property {@code pythebo.hashseed} ("random" or the seed), else PYTHONHASHSEED is read.
 */
public final class PyHash {
    private PyHash() {}

    /** The key, as the two little-endian words CPython's siphash13 takes. */
    private static final long K0;
    private static final long K1;
    /** sys.flags.hash_randomization: whether the key is not the fixed zero key. */
    public static final boolean RANDOMIZED;

    static {
        String seed = System.getProperty("pythebo.hashseed");
        if (seed == null) {
            seed = System.getenv("PYTHONHASHSEED");
        }
        byte[] secret = new byte[24];
        long n = parseSeed(seed);
        if (n < 0) {
            new SecureRandom().nextBytes(secret);
        } else if (n > 0) {
            // CPython's lcg_urandom: x = x * 214013 + 2531011 (mod 2**32), one byte per step.
            int x = (int) n;
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) (x >>> 16);
            }
        }
        K0 = littleEndian(secret, 0);
        K1 = littleEndian(secret, 8);
        RANDOMIZED = n != 0;
    }

    /** The seed PYTHONHASHSEED gives, or -1 for a random key ("random", unset, or not a valid seed). */
    public static long parseSeed(String seed) {
        if (seed == null || seed.isEmpty() || seed.equals("random") || !seed.matches("[0-9]{1,10}")) {
            return -1;
        }
        long n = Long.parseLong(seed);
        return n <= 0xFFFFFFFFL ? n : -1;
    }

    /** Whether PYTHONHASHSEED holds something CPython refuses at start-up. */
    public static boolean invalidSeed(String seed) {
        return seed != null && !seed.isEmpty() && !seed.equals("random") && parseSeed(seed) < 0;
    }

    private static long littleEndian(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[at + i] & 0xFF);
        }
        return v;
    }

    /** hash(bytes). */
    public static long hashBytes(byte[] data, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        return siphash13(new Sip(), data, offset, length);
    }

    /**
     * CPython's _Py_KeyedHash (the source hash of hash-based .pyc files, _imp.source_hash):
     * SipHash-1-3 under the key (key, 0), whatever PYTHONHASHSEED says.
     */
    public static long keyedHash(long key, byte[] data, int offset, int length) {
        return siphash13(new Sip(key, 0), data, offset, length);
    }

    private static long siphash13(Sip s, byte[] data, int offset, int length) {
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            s.block(littleEndian(data, i));
        }
        long last = 0;
        for (int k = end - 1; k >= i; k--) {
            last = last << 8 | (data[k] & 0xFF);
        }
        return s.finish(last, length);
    }

    /** hash(str), over the compact form of the string's code points. */
    public static long hashStr(String str) {
        int n = str.length();
        if (n == 0) {
            return 0;
        }
        int max = 0;
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            char c = str.charAt(i);
            max |= c;
            surrogates |= Character.isSurrogate(c);
        }
        if (max < 256) {
            return hashUnits(str, n, 1);
        }
        if (!surrogates) {
            return hashUnits(str, n, 2);
        }
        return hashCodePoints(str);
    }

    /** A string of only chars below 256 (width 1) or without surrogates (width 2): one unit per char. */
    private static long hashUnits(String str, int n, int width) {
        Sip s = new Sip();
        int perBlock = 8 / width;
        int shift = 8 * width;
        int i = 0;
        for (; i + perBlock <= n; i += perBlock) {
            long m = 0;
            for (int k = perBlock - 1; k >= 0; k--) {
                m = m << shift | str.charAt(i + k);
            }
            s.block(m);
        }
        long last = 0;
        for (int k = n - 1; k >= i; k--) {
            last = last << shift | str.charAt(k);
        }
        return s.finish(last, n * width);
    }

    /**
     * A string with surrogate pairs: CPython's compact form is four bytes per code point when a
     * character lies beyond the BMP; lone surrogates count as code points of their own, and a
     * string of BMP characters with lone surrogates only is two bytes per character.
     */
    private static long hashCodePoints(String str) {
        int count = str.codePointCount(0, str.length());
        boolean beyondBmp = count != str.length();
        if (!beyondBmp) {
            return hashUnits(str, str.length(), 2);
        }
        Sip s = new Sip();
        long m = 0;
        int inBlock = 0;
        for (int i = 0; i < str.length(); ) {
            int cp = str.codePointAt(i);
            i += Character.charCount(cp);
            m |= (cp & 0xFFFFFFFFL) << (32 * inBlock);
            if (++inBlock == 2) {
                s.block(m);
                m = 0;
                inBlock = 0;
            }
        }
        return s.finish(m, count * 4);
    }

    /** SipHash-1-3 (Aumasson and Bernstein): one compression round per block, three to finish. */
    private static final class Sip {
        long v0;
        long v1;
        long v2;
        long v3;

        Sip() {
            this(K0, K1);
        }

        Sip(long k0, long k1) {
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        void block(long m) {
            v3 ^= m;
            round();
            v0 ^= m;
        }

        /** The last partial block ({@code tail}: the remaining bytes, little-endian) and the length. */
        long finish(long tail, int length) {
            block(tail | (long) length << 56);
            v2 ^= 0xff;
            round();
            round();
            round();
            long h = v0 ^ v1 ^ v2 ^ v3;
            return h == -1 ? -2 : h;
        }

        private void round() {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13);
            v1 ^= v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17);
            v1 ^= v2;
            v2 = Long.rotateLeft(v2, 32);
        }
    }

    /**
     * The hashes of the strings a thread hashed last, by identity: CPython keeps a str's hash in
     * the object, a Java String cannot, so each thread remembers recent ones (names used as dict
     * keys are the same String objects again and again). Direct-mapped by the String's own cached
     * hashCode; touched by its thread only.
     */
    public static final class Cache {
        private static final int SIZE = 512;
        private final String[] keys = new String[SIZE];
        private final long[] hashes = new long[SIZE];

        public long hashStr(String s) {
            int slot = s.hashCode() & (SIZE - 1);
            if (keys[slot] == s) {
                return hashes[slot];
            }
            long h = PyHash.hashStr(s);
            keys[slot] = s;
            hashes[slot] = h;
            return h;
        }
    }
}
