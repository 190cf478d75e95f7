package org.pythebo.modules.zlib;

import java.util.ArrayList;
import java.util.List;

/**
 * Output gathered as CPython's zlib module gathers it: in blocks of 32 KiB, 64 KiB, 256 KiB, 1 MiB
 * and so on, each zlib call filling what is left of the current one. The sizes are part of the
 * result: zlib ends a stored block where an output buffer ends, so level 0 output depends on them.
 */
final class OutputBlocks {
    private static final int[] SIZES = {32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20,
            16 << 20, 32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20};

    private final long limit;
    private final List<byte[]> done = new ArrayList<>();
    private long doneBytes;
    private byte[] block;
    private int pos;
    private int next;

    /** Blocks of CPython's sizes up to {@code limit} bytes in all. */
    OutputBlocks(long limit) {
        this.limit = limit;
        this.block = new byte[(int) Math.min(SIZES[next++], limit)];
    }

    /** The current block, with room from {@link #position()}; a new one when it is full, or null at the limit. */
    byte[] block() {
        if (pos == block.length) {
            long total = doneBytes + pos;
            if (total >= limit) {
                return null;
            }
            done.add(block);
            doneBytes = total;
            int size = SIZES[Math.min(next++, SIZES.length - 1)];
            block = new byte[(int) Math.min(size, limit - total)];
            pos = 0;
        }
        return block;
    }

    int position() {
        return pos;
    }

    int room() {
        return block.length - pos;
    }

    void advance(int n) {
        pos += n;
    }

    /** Whether the current block is full (the zlib call ran out of output space). */
    boolean full() {
        return pos == block.length;
    }

    /** Appends bytes a wrapper writes (a header or trailer), as zlib writes them into the same output. */
    void put(byte[] bytes) {
        for (byte b : bytes) {
            block()[pos++] = b;
        }
    }

    long size() {
        return doneBytes + pos;
    }

    byte[] toArray() {
        byte[] out = new byte[(int) size()];
        int at = 0;
        for (byte[] b : done) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        System.arraycopy(block, 0, out, at, pos);
        return out;
    }
}
