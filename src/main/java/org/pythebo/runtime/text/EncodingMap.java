package org.pythebo.runtime.text;

import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code EncodingMap}, what {@code codecs.charmap_build} makes of a decoding table: the inverse of
 * the table (character to byte) as CPython stores it, a three-level table over the 16 bits of a
 * BMP character (5 bits, 4 bits, 7 bits), whose second and third levels hold only the blocks in
 * use. Immutable once built.
 */
public final class EncodingMap extends PyObject {
    public static final PyType TYPE = PyType.newBuiltin("EncodingMap", PyType.OBJECT, EncodingMap.class,
            PyType.Layout.OBJECT);

    /** CPython's fixed part of the object, whose {@code size()} counts it. */
    private static final int HEADER_SIZE = 63;
    private static final int UNUSED = 0xff;

    /** For each 2048-character block, its block of {@link #level2}, or {@link #UNUSED}. */
    private final byte[] level1;
    /** Per used level-1 block, 16 entries: the 128-character block of {@link #level3}, or UNUSED. */
    private final byte[] level2;
    /** Per used 128-character block: the byte of each character, 0 for none. */
    private final byte[] level3;

    private EncodingMap(byte[] level1, byte[] level2, byte[] level3) {
        this.level1 = level1;
        this.level2 = level2;
        this.level3 = level3;
    }

    /**
     * The map of a decoding table (code points by byte), or null where CPython builds a dict
     * instead: the table does not start with U+0000, maps another byte to U+0000 or to a character
     * beyond the BMP, or needs 255 or more blocks at a level. U+FFFE marks an unmapped byte.
     */
    static EncodingMap build(int[] table) {
        if (table.length == 0 || table[0] != 0) {
            return null;
        }
        byte[] level1 = new byte[32];
        java.util.Arrays.fill(level1, (byte) UNUSED);
        int[] blockOf = new int[512];
        java.util.Arrays.fill(blockOf, -1);
        int count2 = 0;
        int count3 = 0;
        for (int i = 1; i < table.length; i++) {
            int ch = table[i];
            if (ch == 0 || ch > 0xffff) {
                return null;
            }
            if (ch == 0xfffe) {
                continue;
            }
            if ((level1[ch >> 11] & 0xff) == UNUSED) {
                level1[ch >> 11] = (byte) count2++;
            }
            if (blockOf[ch >> 7] < 0) {
                blockOf[ch >> 7] = count3++;
            }
        }
        if (count2 >= UNUSED || count3 >= UNUSED) {
            return null;
        }
        byte[] level2 = new byte[16 * count2];
        java.util.Arrays.fill(level2, (byte) UNUSED);
        byte[] level3 = new byte[128 * count3];
        int used3 = 0;
        for (int i = 1; i < table.length; i++) {
            int ch = table[i];
            if (ch == 0xfffe) {
                continue;
            }
            int at2 = 16 * (level1[ch >> 11] & 0xff) + (ch >> 7 & 0xf);
            if ((level2[at2] & 0xff) == UNUSED) {
                level2[at2] = (byte) used3++;
            }
            level3[128 * (level2[at2] & 0xff) + (ch & 0x7f)] = (byte) i;
        }
        return new EncodingMap(level1, level2, level3);
    }

    /** The byte {@code cp} encodes to, or -1. */
    int lookup(int cp) {
        if (cp == 0) {
            return 0;
        }
        if (cp > 0xffff) {
            return -1;
        }
        int block2 = level1[cp >> 11] & 0xff;
        if (block2 == UNUSED) {
            return -1;
        }
        int block3 = level2[16 * block2 + (cp >> 7 & 0xf)] & 0xff;
        if (block3 == UNUSED) {
            return -1;
        }
        int b = level3[128 * block3 + (cp & 0x7f)] & 0xff;
        return b == 0 ? -1 : b;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod("($self, /)")
    public static Object size(Object self) {
        EncodingMap m = (EncodingMap) self;
        return (long) (HEADER_SIZE + m.level2.length + m.level3.length);
    }
}
