package org.pythebo.modules.unicodedata;

import java.util.Arrays;

/**
 * An immutable map from every code point to a small number (0..65535), as a two-stage table:
 * the code point's block of 128 selects a block of values, and equal blocks are stored once.
 * A lookup is two array reads.
 */
final class CodePointTable {
    static final int CODE_POINTS = 0x110000;
    private static final int SHIFT = 7;
    private static final int BLOCK = 1 << SHIFT;

    private final char[] blockOf;
    private final char[] values;

    private CodePointTable(char[] blockOf, char[] values) {
        this.blockOf = blockOf;
        this.values = values;
    }

    /** The value of {@code cp}, which must be in 0..0x10FFFF. */
    int get(int cp) {
        return values[blockOf[cp >>> SHIFT] << SHIFT | (cp & (BLOCK - 1))];
    }

    /** The table of {@code valueOf[cp]} for every code point. */
    static CodePointTable of(char[] valueOf) {
        int blockCount = CODE_POINTS >>> SHIFT;
        char[] blockOf = new char[blockCount];
        char[] unique = new char[CODE_POINTS];
        int uniqueCount = 0;
        // Open addressing over block hashes: slot holds 1 + the unique block's number.
        int[] slots = new int[Integer.highestOneBit(blockCount) * 4];
        int mask = slots.length - 1;
        for (int block = 0; block < blockCount; block++) {
            int start = block << SHIFT;
            int hash = 1;
            for (int i = start; i < start + BLOCK; i++) {
                hash = 31 * hash + valueOf[i];
            }
            int slot = (hash ^ hash >>> 16) & mask;
            while (true) {
                int found = slots[slot] - 1;
                if (found < 0) {
                    System.arraycopy(valueOf, start, unique, uniqueCount << SHIFT, BLOCK);
                    slots[slot] = uniqueCount + 1;
                    blockOf[block] = (char) uniqueCount++;
                    break;
                }
                int foundStart = found << SHIFT;
                if (Arrays.equals(unique, foundStart, foundStart + BLOCK, valueOf, start, start + BLOCK)) {
                    blockOf[block] = (char) found;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return new CodePointTable(blockOf, Arrays.copyOf(unique, uniqueCount << SHIFT));
    }
}
