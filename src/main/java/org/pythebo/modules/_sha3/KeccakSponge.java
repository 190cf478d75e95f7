package org.pythebo.modules._sha3;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The Keccak[c] sponge of FIPS 202 over Keccak-f[1600], with SHAKE's domain-separation suffix
 * ({@code 1111}) folded into the first padding byte.
 *
 * <p>Not thread-safe: the digests that own a sponge lock themselves around it.
 */
final class KeccakSponge {

    static final byte SHAKE_SUFFIX = 0x1F;

    private static final int ROUNDS = 24;
    private static final long[] ROUND_CONSTANTS = roundConstants();
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Lane (x, y) of the state is {@code lanes[x + 5 * y]}, bytes little-endian as FIPS 202 orders bits. */
    private final long[] lanes;
    private final int rateBytes;
    private final byte suffix;
    /** Bytes of the current block absorbed so far (always below the rate). */
    private int blockFill;

    KeccakSponge(int rateBytes, byte suffix) {
        this.lanes = new long[25];
        this.rateBytes = rateBytes;
        this.suffix = suffix;
    }

    private KeccakSponge(KeccakSponge source) {
        this.lanes = source.lanes.clone();
        this.rateBytes = source.rateBytes;
        this.suffix = source.suffix;
        this.blockFill = source.blockFill;
    }

    KeccakSponge copy() {
        return new KeccakSponge(this);
    }

    int rateBytes() {
        return rateBytes;
    }

    byte suffix() {
        return suffix;
    }

    void absorb(byte[] data, int offset, int length) {
        int end = offset + length;
        int position = offset;
        while (position < end && blockFill != 0) {
            xorByte(blockFill, data[position++]);
            if (++blockFill == rateBytes) {
                permute(lanes);
                blockFill = 0;
            }
        }
        // Whole blocks go in a lane at a time, without the byte loop.
        int laneCount = rateBytes >>> 3;
        while (end - position >= rateBytes) {
            for (int lane = 0; lane < laneCount; lane++) {
                lanes[lane] ^= (long) LITTLE_ENDIAN_LONG.get(data, position + 8 * lane);
            }
            permute(lanes);
            position += rateBytes;
        }
        while (position < end) {
            xorByte(blockFill++, data[position++]);
        }
    }

    /** Pads a copy of the state and squeezes {@code length} bytes out of it; this sponge is unchanged. */
    byte[] squeeze(int length) {
        long[] state = lanes.clone();
        state[blockFill >>> 3] ^= (suffix & 0xFFL) << (8 * (blockFill & 7));
        state[(rateBytes - 1) >>> 3] ^= 0x80L << (8 * ((rateBytes - 1) & 7));
        permute(state);
        byte[] output = new byte[length];
        int written = 0;
        while (true) {
            int chunk = Math.min(rateBytes, length - written);
            int wholeLanes = chunk >>> 3;
            for (int lane = 0; lane < wholeLanes; lane++) {
                LITTLE_ENDIAN_LONG.set(output, written + 8 * lane, state[lane]);
            }
            for (int i = wholeLanes * 8; i < chunk; i++) {
                output[written + i] = (byte) (state[i >>> 3] >>> (8 * (i & 7)));
            }
            written += chunk;
            if (written == length) {
                return output;
            }
            permute(state);
        }
    }

    private void xorByte(int index, byte value) {
        lanes[index >>> 3] ^= (value & 0xFFL) << (8 * (index & 7));
    }

    /**
     * Keccak-f[1600]: theta, rho and pi (merged, so each lane is read once), chi and iota, with the
     * 25 lanes in locals. The rotation offsets are those of FIPS 202 Table 2.
     */
    static void permute(long[] lanes) {
        long a00 = lanes[0], a10 = lanes[1], a20 = lanes[2], a30 = lanes[3], a40 = lanes[4];
        long a01 = lanes[5], a11 = lanes[6], a21 = lanes[7], a31 = lanes[8], a41 = lanes[9];
        long a02 = lanes[10], a12 = lanes[11], a22 = lanes[12], a32 = lanes[13], a42 = lanes[14];
        long a03 = lanes[15], a13 = lanes[16], a23 = lanes[17], a33 = lanes[18], a43 = lanes[19];
        long a04 = lanes[20], a14 = lanes[21], a24 = lanes[22], a34 = lanes[23], a44 = lanes[24];
        for (int round = 0; round < ROUNDS; round++) {
            long c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
            long c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
            long c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
            long c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
            long c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            long b00 = a00 ^ d0;
            long b01 = Long.rotateLeft(a30 ^ d3, 28);
            long b02 = Long.rotateLeft(a10 ^ d1, 1);
            long b03 = Long.rotateLeft(a40 ^ d4, 27);
            long b04 = Long.rotateLeft(a20 ^ d2, 62);
            long b10 = Long.rotateLeft(a11 ^ d1, 44);
            long b11 = Long.rotateLeft(a41 ^ d4, 20);
            long b12 = Long.rotateLeft(a21 ^ d2, 6);
            long b13 = Long.rotateLeft(a01 ^ d0, 36);
            long b14 = Long.rotateLeft(a31 ^ d3, 55);
            long b20 = Long.rotateLeft(a22 ^ d2, 43);
            long b21 = Long.rotateLeft(a02 ^ d0, 3);
            long b22 = Long.rotateLeft(a32 ^ d3, 25);
            long b23 = Long.rotateLeft(a12 ^ d1, 10);
            long b24 = Long.rotateLeft(a42 ^ d4, 39);
            long b30 = Long.rotateLeft(a33 ^ d3, 21);
            long b31 = Long.rotateLeft(a13 ^ d1, 45);
            long b32 = Long.rotateLeft(a43 ^ d4, 8);
            long b33 = Long.rotateLeft(a23 ^ d2, 15);
            long b34 = Long.rotateLeft(a03 ^ d0, 41);
            long b40 = Long.rotateLeft(a44 ^ d4, 14);
            long b41 = Long.rotateLeft(a24 ^ d2, 61);
            long b42 = Long.rotateLeft(a04 ^ d0, 18);
            long b43 = Long.rotateLeft(a34 ^ d3, 56);
            long b44 = Long.rotateLeft(a14 ^ d1, 2);
            a00 = b00 ^ (~b10 & b20);
            a10 = b10 ^ (~b20 & b30);
            a20 = b20 ^ (~b30 & b40);
            a30 = b30 ^ (~b40 & b00);
            a40 = b40 ^ (~b00 & b10);
            a01 = b01 ^ (~b11 & b21);
            a11 = b11 ^ (~b21 & b31);
            a21 = b21 ^ (~b31 & b41);
            a31 = b31 ^ (~b41 & b01);
            a41 = b41 ^ (~b01 & b11);
            a02 = b02 ^ (~b12 & b22);
            a12 = b12 ^ (~b22 & b32);
            a22 = b22 ^ (~b32 & b42);
            a32 = b32 ^ (~b42 & b02);
            a42 = b42 ^ (~b02 & b12);
            a03 = b03 ^ (~b13 & b23);
            a13 = b13 ^ (~b23 & b33);
            a23 = b23 ^ (~b33 & b43);
            a33 = b33 ^ (~b43 & b03);
            a43 = b43 ^ (~b03 & b13);
            a04 = b04 ^ (~b14 & b24);
            a14 = b14 ^ (~b24 & b34);
            a24 = b24 ^ (~b34 & b44);
            a34 = b34 ^ (~b44 & b04);
            a44 = b44 ^ (~b04 & b14);
            a00 ^= ROUND_CONSTANTS[round];
        }
        lanes[0] = a00; lanes[1] = a10; lanes[2] = a20; lanes[3] = a30; lanes[4] = a40;
        lanes[5] = a01; lanes[6] = a11; lanes[7] = a21; lanes[8] = a31; lanes[9] = a41;
        lanes[10] = a02; lanes[11] = a12; lanes[12] = a22; lanes[13] = a32; lanes[14] = a42;
        lanes[15] = a03; lanes[16] = a13; lanes[17] = a23; lanes[18] = a33; lanes[19] = a43;
        lanes[20] = a04; lanes[21] = a14; lanes[22] = a24; lanes[23] = a34; lanes[24] = a44;
    }

    /** The iota constants, from the linear feedback shift register rc(t) of FIPS 202 Algorithm 5. */
    private static long[] roundConstants() {
        long[] constants = new long[ROUNDS];
        int register = 1;
        for (int round = 0; round < ROUNDS; round++) {
            for (int j = 0; j <= 6; j++) {
                // rc(t) for t = j + 7 * round: the register's low bit after t steps.
                if ((register & 1) != 0) {
                    constants[round] |= 1L << ((1 << j) - 1);
                }
                register <<= 1;
                if ((register & 0x100) != 0) {
                    register ^= 0x171;
                }
            }
        }
        return constants;
    }
}
