package org.pythebo.modules._hashlib;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * RIPEMD-160 as Dobbertin, Bosselaers and Preneel specify it: two parallel lines of five
 * 16-step rounds over little-endian message words.
 */
public final class Ripemd160 extends MerkleDamgardDigest {

    private static final VarHandle LITTLE_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** Message word selected at each step of the left line (r) and of the right line (r'). */
    private static final byte[] LEFT_WORD = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
        3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
        1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
        4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13,
    };
    private static final byte[] RIGHT_WORD = {
        5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
        6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
        15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
        8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
        12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11,
    };
    /** Left rotation at each step of the left line (s) and of the right line (s'). */
    private static final byte[] LEFT_SHIFT = {
        11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
        7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
        11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
        11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
        9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6,
    };
    private static final byte[] RIGHT_SHIFT = {
        8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
        9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
        9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
        15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
        8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11,
    };
    /** Round constants: K for the left line, K' for the right, one per 16-step round. */
    private static final int[] LEFT_CONSTANT = {0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E};
    private static final int[] RIGHT_CONSTANT = {0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000};

    private final int[] chain;

    public Ripemd160() {
        this.chain = new int[] {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    }

    private Ripemd160(Ripemd160 source) {
        super(source);
        this.chain = source.chain.clone();
    }

    @Override
    public String name() {
        return "ripemd160";
    }

    @Override
    public int digestSize() {
        return 20;
    }

    @Override
    public synchronized Ripemd160 copy() {
        return new Ripemd160(this);
    }

    @Override
    int[] chain() {
        return chain;
    }

    @Override
    boolean littleEndian() {
        return true;
    }

    /** The five boolean functions f1..f5; the right line uses them in reverse order. */
    private static int f(int function, int x, int y, int z) {
        return switch (function) {
            case 0 -> x ^ y ^ z;
            case 1 -> (x & y) | (~x & z);
            case 2 -> (x | ~y) ^ z;
            case 3 -> (x & z) | (y & ~z);
            default -> x ^ (y | ~z);
        };
    }

    @Override
    void compress(int[] chain, byte[] block, int offset) {
        int[] words = new int[16];
        for (int i = 0; i < 16; i++) {
            words[i] = (int) LITTLE_ENDIAN_INT.get(block, offset + 4 * i);
        }
        int a = chain[0], b = chain[1], c = chain[2], d = chain[3], e = chain[4];
        int ar = a, br = b, cr = c, dr = d, er = e;
        for (int step = 0; step < 80; step++) {
            int round = step >>> 4;
            int t = Integer.rotateLeft(
                    a + f(round, b, c, d) + words[LEFT_WORD[step]] + LEFT_CONSTANT[round],
                    LEFT_SHIFT[step]) + e;
            a = e;
            e = d;
            d = Integer.rotateLeft(c, 10);
            c = b;
            b = t;
            t = Integer.rotateLeft(
                    ar + f(4 - round, br, cr, dr) + words[RIGHT_WORD[step]] + RIGHT_CONSTANT[round],
                    RIGHT_SHIFT[step]) + er;
            ar = er;
            er = dr;
            dr = Integer.rotateLeft(cr, 10);
            cr = br;
            br = t;
        }
        int combined = chain[1] + c + dr;
        chain[1] = chain[2] + d + er;
        chain[2] = chain[3] + e + ar;
        chain[3] = chain[4] + a + br;
        chain[4] = chain[0] + b + cr;
        chain[0] = combined;
    }
}
