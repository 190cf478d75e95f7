package org.pythebo.runtime.ucd;

import java.util.Arrays;

/**
 * Decomposition mappings of a sorted set of code points: for each, a tag number (0 for a
 * canonical mapping, else the index of a tag such as {@code <compat>}) and its code points.
 */
final class Decompositions {
    private final int[] codePoints;
    private final byte[] tags;
    /** Mapping i is {@code pool[start[i]..start[i + 1])}. */
    private final int[] start;
    private final int[] pool;

    private Decompositions(int[] codePoints, byte[] tags, int[] start, int[] pool) {
        this.codePoints = codePoints;
        this.tags = tags;
        this.start = start;
        this.pool = pool;
    }

    /** Reads code points, then for each its tag (when {@code tagged}) and mapping. */
    static Decompositions read(ResourceReader in, boolean tagged) {
        int[] codePoints = in.ascending();
        byte[] tags = new byte[codePoints.length];
        int[] start = new int[codePoints.length + 1];
        int[] pool = new int[codePoints.length * 2];
        int size = 0;
        for (int i = 0; i < codePoints.length; i++) {
            tags[i] = tagged ? (byte) in.u8() : 0;
            int length = in.varint();
            if (size + length > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, size + length));
            }
            for (int j = 0; j < length; j++) {
                pool[size++] = in.varint();
            }
            start[i + 1] = size;
        }
        return new Decompositions(codePoints, tags, start, Arrays.copyOf(pool, size));
    }

    int size() {
        return codePoints.length;
    }

    /** The index of {@code cp}'s mapping, or -1 when it has none. */
    int indexOf(int cp) {
        int i = Arrays.binarySearch(codePoints, cp);
        return i >= 0 ? i : -1;
    }

    int codePoint(int index) {
        return codePoints[index];
    }

    int tag(int index) {
        return tags[index];
    }

    int[] mapping(int index) {
        return Arrays.copyOfRange(pool, start[index], start[index + 1]);
    }
}
