package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Structs.STATVFS;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.MemorySegment;

/** glibc's struct statvfs, the fields of os.statvfs_result (all unsigned in C). */
public record StatVfs(
        long bsize, long frsize, long blocks, long bfree, long bavail,
        long files, long ffree, long favail, long flag, long namemax, long fsid) {

    private static final long BSIZE = offset(STATVFS, "f_bsize");
    private static final long FRSIZE = offset(STATVFS, "f_frsize");
    private static final long BLOCKS = offset(STATVFS, "f_blocks");
    private static final long BFREE = offset(STATVFS, "f_bfree");
    private static final long BAVAIL = offset(STATVFS, "f_bavail");
    private static final long FILES = offset(STATVFS, "f_files");
    private static final long FFREE = offset(STATVFS, "f_ffree");
    private static final long FAVAIL = offset(STATVFS, "f_favail");
    private static final long FLAG = offset(STATVFS, "f_flag");
    private static final long NAMEMAX = offset(STATVFS, "f_namemax");
    private static final long FSID = offset(STATVFS, "f_fsid");

    static StatVfs read(MemorySegment s) {
        return new StatVfs(
                s.get(C_LONG, BSIZE), s.get(C_LONG, FRSIZE), s.get(C_LONG, BLOCKS), s.get(C_LONG, BFREE),
                s.get(C_LONG, BAVAIL), s.get(C_LONG, FILES), s.get(C_LONG, FFREE), s.get(C_LONG, FAVAIL),
                s.get(C_LONG, FLAG), s.get(C_LONG, NAMEMAX), s.get(C_LONG, FSID));
    }
}
