package org.pythebo.runtime.ucd;

import java.util.Arrays;

/** A growable array of ints, for building the tables. */
final class IntList {
    private int[] items = new int[64];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    void addAll(int[] values) {
        for (int value : values) {
            add(value);
        }
    }

    int get(int index) {
        return items[index];
    }

    int size() {
        return size;
    }

    /** The backing array, valid up to {@link #size()} until the next add. */
    int[] array() {
        return items;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
