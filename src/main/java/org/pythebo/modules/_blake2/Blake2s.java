package org.pythebo.modules._blake2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import org.pythebo.modules.digest.Digest;

/**
 * BLAKE2s (RFC 7693) with every parameter of CPython's {@code _blake2.blake2s}.
 *
 * <p>Thread safety: {@link #update}, {@link #copy} and {@link #digest} lock this object.
 */
public final class Blake2s implements Digest {

    public static final int SALT_SIZE = 8;
    public static final int PERSON_SIZE = 8;
    public static final int MAX_KEY_SIZE = 32;
    public static final int MAX_DIGEST_SIZE = 32;

    private static final int BLOCK_SIZE = 64;
    /** The initialization vector, which is that of SHA-256. */
    private static final int[] IV = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    };
    private static final VarHandle LITTLE_ENDIAN_WORD =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final int digestSize;
    private final boolean lastNode;
    private final int[] chain;
    /** Input not compressed yet; kept even when full, since the last block is compressed differently. */
    private final byte[] buffer;
    private int buffered;
    /** Bytes compressed so far (the 64-bit counter t0, t1 of RFC 7693). */
    private long count;
    /** Scratch for the message words and the working vector of one compression. */
    private final int[] message = new int[16];
    private final int[] working = new int[16];

    private Blake2s(Blake2Parameters.Block parameters) {
        this.digestSize = parameters.digestSize();
        this.lastNode = parameters.lastNode();
        this.chain = new int[8];
        for (int i = 0; i < 8; i++) {
            chain[i] = IV[i] ^ (int) LITTLE_ENDIAN_WORD.get(parameters.bytes(), 4 * i);
        }
        this.buffer = new byte[BLOCK_SIZE];
        byte[] key = parameters.key();
        if (key.length > 0) {
            // The key, zero-padded to a block, is the first block of the message.
            System.arraycopy(key, 0, buffer, 0, key.length);
            buffered = BLOCK_SIZE;
        }
    }

    private Blake2s(Blake2s source) {
        this.digestSize = source.digestSize;
        this.lastNode = source.lastNode;
        this.chain = source.chain.clone();
        this.buffer = source.buffer.clone();
        this.buffered = source.buffered;
        this.count = source.count;
    }

    /** {@code blake2s()} with all parameters at their defaults. */
    public static Blake2s create() {
        return create(new Blake2Parameters());
    }

    /**
     * A digest with the given parameters.
     *
     * @throws org.pythebo.modules.digest.PythonError CPython's error for the first parameter out
     *     of range
     */
    public static Blake2s create(Blake2Parameters parameters) {
        return new Blake2s(parameters.check(MAX_DIGEST_SIZE, SALT_SIZE, 48));
    }

    @Override
    public String name() {
        return "blake2s";
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int blockSize() {
        return BLOCK_SIZE;
    }

    @Override
    public synchronized void update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length == 0) {
            return;
        }
        int position = offset;
        int remaining = length;
        int room = BLOCK_SIZE - buffered;
        if (remaining > room) {
            // More input follows the buffered block, so it is not the last one.
            System.arraycopy(data, position, buffer, buffered, room);
            position += room;
            remaining -= room;
            advance(BLOCK_SIZE);
            compress(chain, buffer, 0, count, false, false, message, working);
            buffered = 0;
            while (remaining > BLOCK_SIZE) {
                advance(BLOCK_SIZE);
                compress(chain, data, position, count, false, false, message, working);
                position += BLOCK_SIZE;
                remaining -= BLOCK_SIZE;
            }
        }
        System.arraycopy(data, position, buffer, buffered, remaining);
        buffered += remaining;
    }

    @Override
    public synchronized Blake2s copy() {
        return new Blake2s(this);
    }

    @Override
    public synchronized byte[] digest() {
        int[] state = chain.clone();
        byte[] lastBlock = buffer.clone();
        Arrays.fill(lastBlock, buffered, BLOCK_SIZE, (byte) 0);
        long finalCount = count + buffered;
        compress(state, lastBlock, 0, finalCount, true, lastNode, new int[16], new int[16]);
        byte[] output = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            output[i] = (byte) (state[i / 4] >>> (8 * (i % 4)));
        }
        return output;
    }

    private void advance(int bytes) {
        count += bytes;
    }

    /**
     * The compression function F of RFC 7693 on the block at {@code offset}. The rounds are
     * unrolled in a few methods, each with the message words of its rows in fixed places, so
     * that no step looks its word up and the JIT compiles each method quickly.
     */
    private static void compress(
            int[] chain, byte[] block, int offset, long count, boolean lastBlock,
            boolean lastNode, int[] message, int[] v) {
        for (int i = 0; i < 16; i++) {
            message[i] = (int) LITTLE_ENDIAN_WORD.get(block, offset + 4 * i);
        }
        System.arraycopy(chain, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) count;
        v[13] ^= (int) (count >>> 32);
        if (lastBlock) {
            v[14] = ~v[14];
        }
        if (lastNode) {
            v[15] = ~v[15];
        }
        rows0To1(v, message);
        rows2To5(v, message);
        rows6To9(v, message);
        for (int i = 0; i < 8; i++) {
            chain[i] ^= v[i] ^ v[i + 8];
        }
    }

    /** Rounds with message schedule rows 0 to 1 of SIGMA (RFC 7693, section 2.7). */
    private static void rows0To1(int[] v, int[] m) {
        int v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        int v4 = v[4], v5 = v[5], v6 = v[6], v7 = v[7];
        int v8 = v[8], v9 = v[9], v10 = v[10], v11 = v[11];
        int v12 = v[12], v13 = v[13], v14 = v[14], v15 = v[15];
        int m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3];
        int m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7];
        int m8 = m[8], m9 = m[9], m10 = m[10], m11 = m[11];
        int m12 = m[12], m13 = m[13], m14 = m[14], m15 = m[15];
        v0 += v4 + m0;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m1;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m2;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m3;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m4;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m5;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m6;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m7;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m8;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m9;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m10;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m11;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m12;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m13;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m14;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m15;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v0 += v4 + m14;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m10;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m4;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m8;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m9;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m15;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m13;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m6;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m1;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m12;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m0;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m2;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m11;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m7;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m5;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m3;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v[0] = v0; v[1] = v1; v[2] = v2; v[3] = v3;
        v[4] = v4; v[5] = v5; v[6] = v6; v[7] = v7;
        v[8] = v8; v[9] = v9; v[10] = v10; v[11] = v11;
        v[12] = v12; v[13] = v13; v[14] = v14; v[15] = v15;
    }

    /** Rounds with message schedule rows 2 to 5 of SIGMA (RFC 7693, section 2.7). */
    private static void rows2To5(int[] v, int[] m) {
        int v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        int v4 = v[4], v5 = v[5], v6 = v[6], v7 = v[7];
        int v8 = v[8], v9 = v[9], v10 = v[10], v11 = v[11];
        int v12 = v[12], v13 = v[13], v14 = v[14], v15 = v[15];
        int m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3];
        int m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7];
        int m8 = m[8], m9 = m[9], m10 = m[10], m11 = m[11];
        int m12 = m[12], m13 = m[13], m14 = m[14], m15 = m[15];
        v0 += v4 + m11;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m8;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m12;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m0;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m5;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m2;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m15;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m13;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m10;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m14;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m3;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m6;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m7;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m1;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m9;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m4;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v0 += v4 + m7;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m9;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m3;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m1;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m13;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m12;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m11;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m14;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m2;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m6;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m5;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m10;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m4;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m0;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m15;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m8;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v0 += v4 + m9;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m0;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m5;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m7;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m2;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m4;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m10;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m15;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m14;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m1;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m11;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m12;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m6;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m8;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m3;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m13;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v0 += v4 + m2;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m12;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m6;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m10;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m0;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m11;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m8;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m3;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m4;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m13;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m7;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m5;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m15;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m14;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m1;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m9;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v[0] = v0; v[1] = v1; v[2] = v2; v[3] = v3;
        v[4] = v4; v[5] = v5; v[6] = v6; v[7] = v7;
        v[8] = v8; v[9] = v9; v[10] = v10; v[11] = v11;
        v[12] = v12; v[13] = v13; v[14] = v14; v[15] = v15;
    }

    /** Rounds with message schedule rows 6 to 9 of SIGMA (RFC 7693, section 2.7). */
    private static void rows6To9(int[] v, int[] m) {
        int v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        int v4 = v[4], v5 = v[5], v6 = v[6], v7 = v[7];
        int v8 = v[8], v9 = v[9], v10 = v[10], v11 = v[11];
        int v12 = v[12], v13 = v[13], v14 = v[14], v15 = v[15];
        int m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3];
        int m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7];
        int m8 = m[8], m9 = m[9], m10 = m[10], m11 = m[11];
        int m12 = m[12], m13 = m[13], m14 = m[14], m15 = m[15];
        v0 += v4 + m12;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m5;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m1;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m15;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m14;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m13;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m4;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m10;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m0;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m7;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m6;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m3;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m9;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m2;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m8;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m11;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v0 += v4 + m13;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m11;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m7;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m14;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m12;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m1;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m3;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m9;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m5;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m0;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m15;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m4;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m8;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m6;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m2;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m10;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v0 += v4 + m6;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m15;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m14;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m9;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m11;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m3;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m0;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m8;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m12;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m2;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m13;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m7;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m1;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m4;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m10;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m5;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v0 += v4 + m10;
        v12 = Integer.rotateRight(v12 ^ v0, 16);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 12);
        v0 += v4 + m2;
        v12 = Integer.rotateRight(v12 ^ v0, 8);
        v8 += v12;
        v4 = Integer.rotateRight(v4 ^ v8, 7);
        v1 += v5 + m8;
        v13 = Integer.rotateRight(v13 ^ v1, 16);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 12);
        v1 += v5 + m4;
        v13 = Integer.rotateRight(v13 ^ v1, 8);
        v9 += v13;
        v5 = Integer.rotateRight(v5 ^ v9, 7);
        v2 += v6 + m7;
        v14 = Integer.rotateRight(v14 ^ v2, 16);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 12);
        v2 += v6 + m6;
        v14 = Integer.rotateRight(v14 ^ v2, 8);
        v10 += v14;
        v6 = Integer.rotateRight(v6 ^ v10, 7);
        v3 += v7 + m1;
        v15 = Integer.rotateRight(v15 ^ v3, 16);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 12);
        v3 += v7 + m5;
        v15 = Integer.rotateRight(v15 ^ v3, 8);
        v11 += v15;
        v7 = Integer.rotateRight(v7 ^ v11, 7);
        v0 += v5 + m15;
        v15 = Integer.rotateRight(v15 ^ v0, 16);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 12);
        v0 += v5 + m11;
        v15 = Integer.rotateRight(v15 ^ v0, 8);
        v10 += v15;
        v5 = Integer.rotateRight(v5 ^ v10, 7);
        v1 += v6 + m9;
        v12 = Integer.rotateRight(v12 ^ v1, 16);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 12);
        v1 += v6 + m14;
        v12 = Integer.rotateRight(v12 ^ v1, 8);
        v11 += v12;
        v6 = Integer.rotateRight(v6 ^ v11, 7);
        v2 += v7 + m3;
        v13 = Integer.rotateRight(v13 ^ v2, 16);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 12);
        v2 += v7 + m12;
        v13 = Integer.rotateRight(v13 ^ v2, 8);
        v8 += v13;
        v7 = Integer.rotateRight(v7 ^ v8, 7);
        v3 += v4 + m13;
        v14 = Integer.rotateRight(v14 ^ v3, 16);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 12);
        v3 += v4 + m0;
        v14 = Integer.rotateRight(v14 ^ v3, 8);
        v9 += v14;
        v4 = Integer.rotateRight(v4 ^ v9, 7);
        v[0] = v0; v[1] = v1; v[2] = v2; v[3] = v3;
        v[4] = v4; v[5] = v5; v[6] = v6; v[7] = v7;
        v[8] = v8; v[9] = v9; v[10] = v10; v[11] = v11;
        v[12] = v12; v[13] = v13; v[14] = v14; v[15] = v15;
    }
}
