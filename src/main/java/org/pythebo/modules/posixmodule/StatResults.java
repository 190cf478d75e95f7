package org.pythebo.modules.posixmodule;

import java.math.BigInteger;

import org.pythebo.modules.posix.FileStat;
import org.pythebo.modules.posix.StatVfs;
import org.pythebo.runtime.objects.Singleton;
import org.pythebo.runtime.objects.StructSeq;

/**
 * The struct sequences of the posix module: os.stat_result, os.statvfs_result,
 * os.terminal_size, posix.uname_result and posix.times_result, and how the C library's values
 * become their fields (unsigned numbers as Python ints, times in the three forms stat_result
 * gives them).
 */
public final class StatResults {
    private StatResults() {}

    /**
     * os.stat_result: ten items, the last three the times as ints with no name of their own;
     * by name the times are floats (st_atime) and ints of nanoseconds (st_atime_ns).
     */
    public static final StructSeq.Spec STAT = new StructSeq.Spec("os", "stat_result", 10, true,
            StatResults::completeTimes,
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
            "st_blksize", "st_blocks", "st_rdev");

    public static final StructSeq.Spec STATVFS = new StructSeq.Spec("os", "statvfs_result", 10, true,
            "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
            "f_flag", "f_namemax", "f_fsid");

    public static final StructSeq.Spec TERMINAL_SIZE = new StructSeq.Spec("os", "terminal_size", 2, true,
            "columns", "lines");

    public static final StructSeq.Spec UNAME = new StructSeq.Spec("posix", "uname_result", 5, true,
            "sysname", "nodename", "release", "version", "machine");

    public static final StructSeq.Spec TIMES = new StructSeq.Spec("posix", "times_result", 5, true,
            "user", "system", "children_user", "children_system", "elapsed");

    /** A stat_result made from a sequence gets its float times from the int ones, as CPython's does. */
    private static void completeTimes(Object[] values) {
        for (int i = 7; i <= 9; i++) {
            if (values[i + 3] == Singleton.NONE) {
                values[i + 3] = values[i];
            }
        }
    }

    /** An unsigned 64-bit C value as a Python int. */
    static Object unsigned(long v) {
        return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
    }

    /** A uid_t or gid_t as CPython shows it: all ones is -1, any other value unsigned. */
    public static Object id(int v) {
        return v == -1 ? -1L : Integer.toUnsignedLong(v);
    }

    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    /** Seconds and nanoseconds as an int of nanoseconds. */
    static Object nanoseconds(long sec, long nsec) {
        long high = Math.multiplyHigh(sec, 1_000_000_000L);
        long low = sec * 1_000_000_000L;
        if (high == (low >> 63)) {
            long sum = low + nsec;
            if (((low ^ sum) & (nsec ^ sum)) >= 0) {
                return sum;
            }
        }
        return BigInteger.valueOf(sec).multiply(BILLION).add(BigInteger.valueOf(nsec));
    }

    public static StructSeq stat(FileStat s) {
        return STAT.make(
                (long) s.mode(), unsigned(s.ino()), unsigned(s.dev()), unsigned(s.nlink()), id(s.uid()), id(s.gid()),
                s.size(), s.atimeSec(), s.mtimeSec(), s.ctimeSec(),
                s.atimeSec() + s.atimeNsec() * 1e-9, s.mtimeSec() + s.mtimeNsec() * 1e-9,
                s.ctimeSec() + s.ctimeNsec() * 1e-9,
                nanoseconds(s.atimeSec(), s.atimeNsec()), nanoseconds(s.mtimeSec(), s.mtimeNsec()),
                nanoseconds(s.ctimeSec(), s.ctimeNsec()),
                s.blksize(), s.blocks(), unsigned(s.rdev()));
    }

    public static StructSeq statvfs(StatVfs s) {
        return STATVFS.make(unsigned(s.bsize()), unsigned(s.frsize()), unsigned(s.blocks()), unsigned(s.bfree()),
                unsigned(s.bavail()), unsigned(s.files()), unsigned(s.ffree()), unsigned(s.favail()),
                unsigned(s.flag()), unsigned(s.namemax()), unsigned(s.fsid()));
    }
}
