package org.pythebo.modules._blake2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import org.pythebo.modules.hashlib.Digest;

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
    private static final int ROUNDS = 10;
    /** The initialization vector, which is that of SHA-256. */
    private static final int[] IV = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    };
    private static final byte[] SIGMA = Blake2Sigma.schedule(ROUNDS);
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
    /** Scratch for the message words of one compression. */
    private final int[] message = new int[16];

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
     * @throws org.pythebo.modules.hashlib.PythonError CPython's error for the first parameter out
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
            compress(chain, buffer, 0, count, false, false, message);
            buffered = 0;
            while (remaining > BLOCK_SIZE) {
                advance(BLOCK_SIZE);
                compress(chain, data, position, count, false, false, message);
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
        compress(state, lastBlock, 0, finalCount, true, lastNode, new int[16]);
        byte[] output = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            output[i] = (byte) (state[i / 4] >>> (8 * (i % 4)));
        }
        return output;
    }

    private void advance(int bytes) {
        count += bytes;
    }

    /** The compression function F of RFC 7693 on the block at {@code offset}. */
    private static void compress(
            int[] chain, byte[] block, int offset, long count, boolean lastBlock,
            boolean lastNode, int[] message) {
        for (int i = 0; i < 16; i++) {
            message[i] = (int) LITTLE_ENDIAN_WORD.get(block, offset + 4 * i);
        }
        int v0 = chain[0], v8 = IV[0];
        int v1 = chain[1], v9 = IV[1];
        int v2 = chain[2], v10 = IV[2];
        int v3 = chain[3], v11 = IV[3];
        int v4 = chain[4], v12 = IV[4];
        int v5 = chain[5], v13 = IV[5];
        int v6 = chain[6], v14 = IV[6];
        int v7 = chain[7], v15 = IV[7];
        v12 ^= (int) count;
        v13 ^= (int) (count >>> 32);
        if (lastBlock) {
            v14 = ~v14;
        }
        if (lastNode) {
            v15 = ~v15;
        }
        for (int s = 0; s < ROUNDS * 16; s += 16) {
            v0 += v4 + message[SIGMA[s + 0]];
            v12 = Integer.rotateRight(v12 ^ v0, 16);
            v8 += v12;
            v4 = Integer.rotateRight(v4 ^ v8, 12);
            v0 += v4 + message[SIGMA[s + 1]];
            v12 = Integer.rotateRight(v12 ^ v0, 8);
            v8 += v12;
            v4 = Integer.rotateRight(v4 ^ v8, 7);
            v1 += v5 + message[SIGMA[s + 2]];
            v13 = Integer.rotateRight(v13 ^ v1, 16);
            v9 += v13;
            v5 = Integer.rotateRight(v5 ^ v9, 12);
            v1 += v5 + message[SIGMA[s + 3]];
            v13 = Integer.rotateRight(v13 ^ v1, 8);
            v9 += v13;
            v5 = Integer.rotateRight(v5 ^ v9, 7);
            v2 += v6 + message[SIGMA[s + 4]];
            v14 = Integer.rotateRight(v14 ^ v2, 16);
            v10 += v14;
            v6 = Integer.rotateRight(v6 ^ v10, 12);
            v2 += v6 + message[SIGMA[s + 5]];
            v14 = Integer.rotateRight(v14 ^ v2, 8);
            v10 += v14;
            v6 = Integer.rotateRight(v6 ^ v10, 7);
            v3 += v7 + message[SIGMA[s + 6]];
            v15 = Integer.rotateRight(v15 ^ v3, 16);
            v11 += v15;
            v7 = Integer.rotateRight(v7 ^ v11, 12);
            v3 += v7 + message[SIGMA[s + 7]];
            v15 = Integer.rotateRight(v15 ^ v3, 8);
            v11 += v15;
            v7 = Integer.rotateRight(v7 ^ v11, 7);
            v0 += v5 + message[SIGMA[s + 8]];
            v15 = Integer.rotateRight(v15 ^ v0, 16);
            v10 += v15;
            v5 = Integer.rotateRight(v5 ^ v10, 12);
            v0 += v5 + message[SIGMA[s + 9]];
            v15 = Integer.rotateRight(v15 ^ v0, 8);
            v10 += v15;
            v5 = Integer.rotateRight(v5 ^ v10, 7);
            v1 += v6 + message[SIGMA[s + 10]];
            v12 = Integer.rotateRight(v12 ^ v1, 16);
            v11 += v12;
            v6 = Integer.rotateRight(v6 ^ v11, 12);
            v1 += v6 + message[SIGMA[s + 11]];
            v12 = Integer.rotateRight(v12 ^ v1, 8);
            v11 += v12;
            v6 = Integer.rotateRight(v6 ^ v11, 7);
            v2 += v7 + message[SIGMA[s + 12]];
            v13 = Integer.rotateRight(v13 ^ v2, 16);
            v8 += v13;
            v7 = Integer.rotateRight(v7 ^ v8, 12);
            v2 += v7 + message[SIGMA[s + 13]];
            v13 = Integer.rotateRight(v13 ^ v2, 8);
            v8 += v13;
            v7 = Integer.rotateRight(v7 ^ v8, 7);
            v3 += v4 + message[SIGMA[s + 14]];
            v14 = Integer.rotateRight(v14 ^ v3, 16);
            v9 += v14;
            v4 = Integer.rotateRight(v4 ^ v9, 12);
            v3 += v4 + message[SIGMA[s + 15]];
            v14 = Integer.rotateRight(v14 ^ v3, 8);
            v9 += v14;
            v4 = Integer.rotateRight(v4 ^ v9, 7);
        }
        chain[0] ^= v0 ^ v8;
        chain[1] ^= v1 ^ v9;
        chain[2] ^= v2 ^ v10;
        chain[3] ^= v3 ^ v11;
        chain[4] ^= v4 ^ v12;
        chain[5] ^= v5 ^ v13;
        chain[6] ^= v6 ^ v14;
        chain[7] ^= v7 ^ v15;
    }
}
