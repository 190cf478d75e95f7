package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Structs.STAT;
import static org.pythebo.modules.posix.Structs.TIMESPEC;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.MemorySegment;

/**
 * Every field of glibc's struct stat on x86_64, as os.stat_result needs them. dev, ino, rdev,
 * nlink, uid and gid are unsigned in C: read them with Long/Integer.toUnsigned* (CPython shows
 * a uid or gid of all ones as -1). Times are whole seconds plus nanoseconds.
 */
public record FileStat(
        int mode, long ino, long dev, long nlink, int uid, int gid, long size,
        long atimeSec, long atimeNsec, long mtimeSec, long mtimeNsec, long ctimeSec, long ctimeNsec,
        long blksize, long blocks, long rdev) {

    private static final long DEV = offset(STAT, "st_dev");
    private static final long INO = offset(STAT, "st_ino");
    private static final long NLINK = offset(STAT, "st_nlink");
    private static final long MODE = offset(STAT, "st_mode");
    private static final long UID = offset(STAT, "st_uid");
    private static final long GID = offset(STAT, "st_gid");
    private static final long RDEV = offset(STAT, "st_rdev");
    private static final long SIZE = offset(STAT, "st_size");
    private static final long BLKSIZE = offset(STAT, "st_blksize");
    private static final long BLOCKS = offset(STAT, "st_blocks");
    private static final long ATIM = offset(STAT, "st_atim");
    private static final long MTIM = offset(STAT, "st_mtim");
    private static final long CTIM = offset(STAT, "st_ctim");
    private static final long SEC = offset(TIMESPEC, "tv_sec");
    private static final long NSEC = offset(TIMESPEC, "tv_nsec");

    static FileStat read(MemorySegment stat) {
        return new FileStat(
                stat.get(C_INT, MODE), stat.get(C_LONG, INO), stat.get(C_LONG, DEV), stat.get(C_LONG, NLINK),
                stat.get(C_INT, UID), stat.get(C_INT, GID), stat.get(C_LONG, SIZE),
                stat.get(C_LONG, ATIM + SEC), stat.get(C_LONG, ATIM + NSEC),
                stat.get(C_LONG, MTIM + SEC), stat.get(C_LONG, MTIM + NSEC),
                stat.get(C_LONG, CTIM + SEC), stat.get(C_LONG, CTIM + NSEC),
                stat.get(C_LONG, BLKSIZE), stat.get(C_LONG, BLOCKS), stat.get(C_LONG, RDEV));
    }
}
