package org.pythebo.modules._random;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * MT19937 as CPython's {@code _random.Random} runs it: seeding through {@code init_by_array},
 * {@code random()} from two 32-bit outputs, {@code getrandbits(k)}, and the state as the 624
 * words and the position that {@code getstate()} puts in a tuple.
 *
 * <p>Errors: an {@link IllegalArgumentException} carries the message of CPython's ValueError.
 *
 * <p>Thread safety: every method that reads or changes the state locks this object, so each
 * draw is atomic; threads sharing one generator see one sequence between them.
 */
public final class MersenneTwister {

    /** Words of state; {@code getstate()} adds the position as a 625th item. */
    public static final int STATE_WORDS = 624;

    private static final int SHIFT_SIZE = 397;
    private static final int MATRIX_A = 0x9908B0DF;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7FFFFFFF;

    private final int[] state = new int[STATE_WORDS];
    /** The next word of {@link #state} to temper; {@link #STATE_WORDS} means twist first. */
    private int position;

    /** A generator seeded from the operating system's entropy, as {@code _random.Random()}. */
    public MersenneTwister() {
        seedFromEntropy();
    }

    private MersenneTwister(Void unseeded) {}

    /**
     * A generator whose 624 words are all zero at position 0, as {@code _random.Random.__new__}
     * leaves one until {@code __init__} seeds it: every draw is 0.
     */
    public static MersenneTwister unseeded() {
        return new MersenneTwister((Void) null);
    }

    /** A generator seeded with {@code seed}, as {@code _random.Random(seed)}. */
    public MersenneTwister(BigInteger seed) {
        seed(seed);
    }

    /**
     * {@code seed(n)} for an int: the key is |n| as 32-bit words, least significant first (one
     * zero word for 0). random.py turns str, bytes and bytearray seeds into such an int first.
     */
    public synchronized void seed(BigInteger seed) {
        BigInteger magnitude = seed.abs();
        int words = Math.max(1, (magnitude.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = magnitude.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    /** {@code seed(None)}: 624 words from the system's entropy source, as CPython reads urandom. */
    public synchronized void seedFromEntropy() {
        SecureRandom entropy = new SecureRandom();
        int[] key = new int[STATE_WORDS];
        for (int i = 0; i < key.length; i++) {
            key[i] = entropy.nextInt();
        }
        initByArray(key);
    }

    /** {@code random()}: a double in [0, 1) from the top 27 and 26 bits of two outputs. */
    public synchronized double random() {
        int high = nextWord() >>> 5;
        int low = nextWord() >>> 6;
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0);
    }

    /** The next tempered 32-bit output (CPython's {@code genrand_uint32}). */
    public synchronized int nextInt() {
        return nextWord();
    }

    /**
     * {@code getrandbits(k)} for {@code k} from 0 to 63, as a long: the bits {@link #getrandbits}
     * gives, without making a BigInteger.
     *
     * @throws IllegalArgumentException for {@code k} outside 0..63
     */
    public synchronized long getrandbitsLong(int k) {
        if (k < 0 || k > 63) {
            throw new IllegalArgumentException("getrandbitsLong takes 0 to 63 bits, not " + k);
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return Integer.toUnsignedLong(nextWord() >>> (32 - k));
        }
        long low = Integer.toUnsignedLong(nextWord());
        long high = Integer.toUnsignedLong(nextWord() >>> (64 - k));
        return high << 32 | low;
    }

    /**
     * {@code getrandbits(k)}: k random bits. Up to 32 bits come from the top of one output;
     * more fill 32-bit words from the least significant, the last word shifted down to the
     * bits still wanted.
     *
     * @throws IllegalArgumentException for a negative {@code k}, with CPython's message
     */
    public synchronized BigInteger getrandbits(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("number of bits must be non-negative");
        }
        if (k == 0) {
            return BigInteger.ZERO;
        }
        if (k <= 32) {
            return BigInteger.valueOf(Integer.toUnsignedLong(nextWord() >>> (32 - k)));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[4 * words];
        int remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32) {
            int word = nextWord();
            if (remaining < 32) {
                word >>>= 32 - remaining;
            }
            int at = 4 * (words - 1 - i);
            bigEndian[at] = (byte) (word >>> 24);
            bigEndian[at + 1] = (byte) (word >>> 16);
            bigEndian[at + 2] = (byte) (word >>> 8);
            bigEndian[at + 3] = (byte) word;
        }
        return new BigInteger(1, bigEndian);
    }

    /**
     * {@code getstate()}: the 624 words (as unsigned values) followed by the position.
     */
    public synchronized long[] getState() {
        long[] items = new long[STATE_WORDS + 1];
        for (int i = 0; i < STATE_WORDS; i++) {
            items[i] = Integer.toUnsignedLong(state[i]);
        }
        items[STATE_WORDS] = position;
        return items;
    }

    /**
     * {@code setstate(state)} once the module layer has checked that the state is a tuple of
     * {@code STATE_WORDS + 1} items ("state vector is the wrong size" otherwise, a ValueError) and
     * converted the items as CPython does: the words as C unsigned longs of which the low 32 bits
     * are kept, then the position as a C long.
     *
     * @throws IllegalArgumentException "state vector is the wrong size" if {@code words} is not
     *     624 long, "invalid state" if {@code position} is outside 0..624
     */
    public synchronized void setState(int[] words, long position) {
        if (words.length != STATE_WORDS) {
            throw new IllegalArgumentException("state vector is the wrong size");
        }
        if (position < 0 || position > STATE_WORDS) {
            throw new IllegalArgumentException("invalid state");
        }
        System.arraycopy(words, 0, state, 0, STATE_WORDS);
        this.position = (int) position;
    }

    private int nextWord() {
        if (position >= STATE_WORDS) {
            twist();
        }
        int y = state[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y;
    }

    /** Regenerates all 624 words in place, each from its successor and the word 397 ahead. */
    private void twist() {
        for (int i = 0; i < STATE_WORDS; i++) {
            int y = (state[i] & UPPER_MASK) | (state[(i + 1) % STATE_WORDS] & LOWER_MASK);
            state[i] = state[(i + SHIFT_SIZE) % STATE_WORDS] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        position = 0;
    }

    /** Seeding from one 32-bit value, the first step of {@link #initByArray}. */
    private void initGenrand(int seed) {
        state[0] = seed;
        for (int i = 1; i < STATE_WORDS; i++) {
            int previous = state[i - 1];
            state[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
        }
        position = STATE_WORDS;
    }

    /** The MT19937 key schedule of the 2002 reference: two mixing passes over the key and state. */
    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(STATE_WORDS, key.length); k > 0; k--) {
            int previous = state[i - 1];
            state[i] = (state[i] ^ ((previous ^ (previous >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= STATE_WORDS) {
                state[0] = state[STATE_WORDS - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = STATE_WORDS - 1; k > 0; k--) {
            int previous = state[i - 1];
            state[i] = (state[i] ^ ((previous ^ (previous >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= STATE_WORDS) {
                state[0] = state[STATE_WORDS - 1];
                i = 1;
            }
        }
        // The most significant bit set assures a non-zero initial state.
        state[0] = UPPER_MASK;
    }
}
