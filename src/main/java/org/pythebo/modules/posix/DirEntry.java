package org.pythebo.modules.posix;

import java.util.Arrays;

/**
 * One directory entry as the kernel lists it: the name's bytes, the inode number (unsigned) and
 * the d_type, which is {@link #DT_UNKNOWN} on file systems that do not record it, so callers
 * must then fall back to lstat, as os.DirEntry does.
 */
public record DirEntry(byte[] name, long ino, int type) {
    public static final int DT_UNKNOWN = 0;
    public static final int DT_FIFO = 1;
    public static final int DT_CHR = 2;
    public static final int DT_DIR = 4;
    public static final int DT_BLK = 6;
    public static final int DT_REG = 8;
    public static final int DT_LNK = 10;
    public static final int DT_SOCK = 12;

    public DirEntry {
        name = name.clone();
    }

    @Override
    public byte[] name() {
        return name.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirEntry entry && Arrays.equals(name, entry.name) && ino == entry.ino
                && type == entry.type;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(name) * 31 + Long.hashCode(ino) * 7 + type;
    }

    @Override
    public String toString() {
        return "DirEntry[" + new String(name, java.nio.charset.StandardCharsets.UTF_8) + ", ino=" + ino
                + ", type=" + type + "]";
    }
}
