package org.pythebo.runtime.ucd;

/**
 * An immutable map from every code point to a small number (0..65535), as a two-stage table:
 * the code point's block of 128 selects a block of values, which blocks may share. A lookup is
 * two array reads.
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

    /**
     * The table whose block i (of code points i * 128 ...) holds the values
     * {@code pool[blockOf[i] * 128 ...]}, as the generator writes it.
     */
    static CodePointTable fromBlocks(char[] blockOf, char[] pool) {
        if (blockOf.length != CODE_POINTS >>> SHIFT || pool.length % BLOCK != 0) {
            throw new IllegalStateException("malformed code point table");
        }
        return new CodePointTable(blockOf, pool);
    }

    /** Builds a table that is 0 except at the code points set, storing only the blocks they touch. */
    static final class Builder {
        private final char[][] blocks = new char[CODE_POINTS >>> SHIFT][];

        void set(int cp, int value) {
            char[] block = blocks[cp >>> SHIFT];
            if (block == null) {
                block = blocks[cp >>> SHIFT] = new char[BLOCK];
            }
            block[cp & (BLOCK - 1)] = (char) value;
        }

        CodePointTable build() {
            char[] blockOf = new char[blocks.length];
            int used = 1;
            for (char[] block : blocks) {
                used += block == null ? 0 : 1;
            }
            // Block 0 is all zeros, for every block that nothing was set in.
            char[] values = new char[used << SHIFT];
            int next = 1;
            for (int i = 0; i < blocks.length; i++) {
                if (blocks[i] != null) {
                    System.arraycopy(blocks[i], 0, values, next << SHIFT, BLOCK);
                    blockOf[i] = (char) next++;
                }
            }
            return new CodePointTable(blockOf, values);
        }
    }
}
