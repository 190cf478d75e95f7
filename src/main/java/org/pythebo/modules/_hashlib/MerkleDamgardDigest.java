package org.pythebo.modules._hashlib;

import java.util.Objects;
import org.pythebo.modules.digest.Digest;

/**
 * The 64-byte-block Merkle-Damgard framing that RIPEMD-160 and SM3 share: buffering, a byte count,
 * and the padding of a 1 bit, zeros and the 64-bit bit length (little-endian for RIPEMD-160,
 * big-endian for SM3).
 *
 * <p>Thread safety: {@link #update}, {@link #copy} and {@link #digest} lock this object.
 */
abstract class MerkleDamgardDigest implements Digest {

    static final int BLOCK_SIZE = 64;

    private final byte[] buffer;
    private int buffered;
    private long byteCount;

    MerkleDamgardDigest() {
        this.buffer = new byte[BLOCK_SIZE];
    }

    MerkleDamgardDigest(MerkleDamgardDigest source) {
        this.buffer = source.buffer.clone();
        this.buffered = source.buffered;
        this.byteCount = source.byteCount;
    }

    /** Folds the 64-byte block at {@code offset} into {@code chain}. */
    abstract void compress(int[] chain, byte[] block, int offset);

    /** The chaining value, which subclasses own and copy. */
    abstract int[] chain();

    /** Whether the length and the output words are little-endian. */
    abstract boolean littleEndian();

    @Override
    public final int blockSize() {
        return BLOCK_SIZE;
    }

    @Override
    public final synchronized void update(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        byteCount += length;
        int position = offset;
        int end = offset + length;
        if (buffered > 0) {
            int taken = Math.min(BLOCK_SIZE - buffered, length);
            System.arraycopy(data, position, buffer, buffered, taken);
            buffered += taken;
            position += taken;
            if (buffered < BLOCK_SIZE) {
                return;
            }
            compress(chain(), buffer, 0);
            buffered = 0;
        }
        while (end - position >= BLOCK_SIZE) {
            compress(chain(), data, position);
            position += BLOCK_SIZE;
        }
        System.arraycopy(data, position, buffer, 0, end - position);
        buffered = end - position;
    }

    @Override
    public final synchronized byte[] digest() {
        int[] state = chain().clone();
        // One block, or two when the bit length no longer fits after the 0x80 byte.
        byte[] tail = new byte[buffered < BLOCK_SIZE - 8 ? BLOCK_SIZE : 2 * BLOCK_SIZE];
        System.arraycopy(buffer, 0, tail, 0, buffered);
        tail[buffered] = (byte) 0x80;
        long bitLength = byteCount << 3;
        for (int i = 0; i < 8; i++) {
            int shift = littleEndian() ? 8 * i : 8 * (7 - i);
            tail[tail.length - 8 + i] = (byte) (bitLength >>> shift);
        }
        for (int at = 0; at < tail.length; at += BLOCK_SIZE) {
            compress(state, tail, at);
        }
        byte[] output = new byte[digestSize()];
        for (int i = 0; i < output.length; i++) {
            int shift = littleEndian() ? 8 * (i & 3) : 8 * (3 - (i & 3));
            output[i] = (byte) (state[i >>> 2] >>> shift);
        }
        return output;
    }
}
