package org.pythebo.modules._hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** SM3, the Chinese national hash standard (GB/T 32905-2016): 64 steps over big-endian words. */
public final class Sm3 extends MerkleDamgardDigest {

    private static final VarHandle BIG_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final int EARLY_CONSTANT = 0x79CC4519;
    private static final int LATE_CONSTANT = 0x7A879D8A;

    private final int[] chain;

    public Sm3() {
        this.chain = new int[] {
            0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600, 0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E
        };
    }

    private Sm3(Sm3 source) {
        super(source);
        this.chain = source.chain.clone();
    }

    @Override
    public String name() {
        return "sm3";
    }

    @Override
    public int digestSize() {
        return 32;
    }

    @Override
    public synchronized Sm3 copy() {
        return new Sm3(this);
    }

    @Override
    int[] chain() {
        return chain;
    }

    @Override
    boolean littleEndian() {
        return false;
    }

    private static int p0(int x) {
        return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
    }

    private static int p1(int x) {
        return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
    }

    @Override
    void compress(int[] chain, byte[] block, int offset) {
        int[] w = new int[68];
        for (int j = 0; j < 16; j++) {
            w[j] = (int) BIG_ENDIAN_INT.get(block, offset + 4 * j);
        }
        for (int j = 16; j < 68; j++) {
            w[j] = p1(w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15))
                    ^ Integer.rotateLeft(w[j - 13], 7) ^ w[j - 6];
        }
        int a = chain[0], b = chain[1], c = chain[2], d = chain[3];
        int e = chain[4], f = chain[5], g = chain[6], h = chain[7];
        for (int j = 0; j < 64; j++) {
            boolean early = j < 16;
            int rotatedA = Integer.rotateLeft(a, 12);
            int ss1 = Integer.rotateLeft(
                    rotatedA + e + Integer.rotateLeft(early ? EARLY_CONSTANT : LATE_CONSTANT, j), 7);
            int ss2 = ss1 ^ rotatedA;
            int ff = early ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            int gg = early ? e ^ f ^ g : (e & f) | (~e & g);
            // W'j = Wj xor Wj+4.
            int tt1 = ff + d + ss2 + (w[j] ^ w[j + 4]);
            int tt2 = gg + h + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            h = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = p0(tt2);
        }
        chain[0] ^= a;
        chain[1] ^= b;
        chain[2] ^= c;
        chain[3] ^= d;
        chain[4] ^= e;
        chain[5] ^= f;
        chain[6] ^= g;
        chain[7] ^= h;
    }
}
