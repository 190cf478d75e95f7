package org.pythebo.modules.posix;

import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.sequenceLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static org.pythebo.modules.posix.Native.C_CHAR;
import static org.pythebo.modules.posix.Native.C_INT;
import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Native.C_POINTER;
import static org.pythebo.modules.posix.Native.C_SHORT;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;

/**
 * The C structures this package passes to glibc, as declared in glibc 2.36's x86_64 headers.
 * Member names are the C ones, so StructLayoutTest can check every offset and size against
 * gcc's. Types opaque to Java (sigset_t, posix_spawnattr_t...) are byte blocks of their size.
 */
final class Structs {
    private Structs() {
    }

    static long offset(StructLayout layout, String member) {
        return layout.byteOffset(MemoryLayout.PathElement.groupElement(member));
    }

    /** An opaque C object of {@code size} bytes aligned like a long. */
    private static MemoryLayout opaque(long size) {
        return sequenceLayout(size / 8, C_LONG);
    }

    static final StructLayout TIMESPEC = structLayout(
            C_LONG.withName("tv_sec"), C_LONG.withName("tv_nsec")).withName("timespec");

    static final StructLayout TIMEVAL = structLayout(
            C_LONG.withName("tv_sec"), C_LONG.withName("tv_usec")).withName("timeval");

    static final StructLayout STAT = structLayout(
            C_LONG.withName("st_dev"),
            C_LONG.withName("st_ino"),
            C_LONG.withName("st_nlink"),
            C_INT.withName("st_mode"),
            C_INT.withName("st_uid"),
            C_INT.withName("st_gid"),
            paddingLayout(4),
            C_LONG.withName("st_rdev"),
            C_LONG.withName("st_size"),
            C_LONG.withName("st_blksize"),
            C_LONG.withName("st_blocks"),
            TIMESPEC.withName("st_atim"),
            TIMESPEC.withName("st_mtim"),
            TIMESPEC.withName("st_ctim"),
            sequenceLayout(3, C_LONG).withName("__glibc_reserved")).withName("stat");

    static final StructLayout STATVFS = structLayout(
            C_LONG.withName("f_bsize"),
            C_LONG.withName("f_frsize"),
            C_LONG.withName("f_blocks"),
            C_LONG.withName("f_bfree"),
            C_LONG.withName("f_bavail"),
            C_LONG.withName("f_files"),
            C_LONG.withName("f_ffree"),
            C_LONG.withName("f_favail"),
            C_LONG.withName("f_fsid"),
            C_LONG.withName("f_flag"),
            C_LONG.withName("f_namemax"),
            sequenceLayout(6, C_INT).withName("__f_spare")).withName("statvfs");

    /** The kernel's record from getdents64, which glibc declares as struct dirent64. */
    static final StructLayout DIRENT64 = structLayout(
            C_LONG.withName("d_ino"),
            C_LONG.withName("d_off"),
            C_SHORT.withName("d_reclen"),
            C_CHAR.withName("d_type"),
            sequenceLayout(256, C_CHAR).withName("d_name"),
            paddingLayout(5)).withName("dirent64");

    static final StructLayout RLIMIT = structLayout(
            C_LONG.withName("rlim_cur"), C_LONG.withName("rlim_max")).withName("rlimit");

    static final StructLayout RUSAGE = structLayout(
            TIMEVAL.withName("ru_utime"),
            TIMEVAL.withName("ru_stime"),
            C_LONG.withName("ru_maxrss"),
            C_LONG.withName("ru_ixrss"),
            C_LONG.withName("ru_idrss"),
            C_LONG.withName("ru_isrss"),
            C_LONG.withName("ru_minflt"),
            C_LONG.withName("ru_majflt"),
            C_LONG.withName("ru_nswap"),
            C_LONG.withName("ru_inblock"),
            C_LONG.withName("ru_oublock"),
            C_LONG.withName("ru_msgsnd"),
            C_LONG.withName("ru_msgrcv"),
            C_LONG.withName("ru_nsignals"),
            C_LONG.withName("ru_nvcsw"),
            C_LONG.withName("ru_nivcsw")).withName("rusage");

    static final StructLayout TMS = structLayout(
            C_LONG.withName("tms_utime"),
            C_LONG.withName("tms_stime"),
            C_LONG.withName("tms_cutime"),
            C_LONG.withName("tms_cstime")).withName("tms");

    /** Each member of struct utsname is a char array of this size (_UTSNAME_LENGTH). */
    static final int UTSNAME_LENGTH = 65;

    static final StructLayout UTSNAME = structLayout(
            sequenceLayout(UTSNAME_LENGTH, C_CHAR).withName("sysname"),
            sequenceLayout(UTSNAME_LENGTH, C_CHAR).withName("nodename"),
            sequenceLayout(UTSNAME_LENGTH, C_CHAR).withName("release"),
            sequenceLayout(UTSNAME_LENGTH, C_CHAR).withName("version"),
            sequenceLayout(UTSNAME_LENGTH, C_CHAR).withName("machine"),
            sequenceLayout(UTSNAME_LENGTH, C_CHAR).withName("domainname")).withName("utsname");

    static final StructLayout PASSWD = structLayout(
            C_POINTER.withName("pw_name"),
            C_POINTER.withName("pw_passwd"),
            C_INT.withName("pw_uid"),
            C_INT.withName("pw_gid"),
            C_POINTER.withName("pw_gecos"),
            C_POINTER.withName("pw_dir"),
            C_POINTER.withName("pw_shell")).withName("passwd");

    static final StructLayout GROUP = structLayout(
            C_POINTER.withName("gr_name"),
            C_POINTER.withName("gr_passwd"),
            C_INT.withName("gr_gid"),
            paddingLayout(4),
            C_POINTER.withName("gr_mem")).withName("group");

    static final StructLayout WINSIZE = structLayout(
            C_SHORT.withName("ws_row"),
            C_SHORT.withName("ws_col"),
            C_SHORT.withName("ws_xpixel"),
            C_SHORT.withName("ws_ypixel")).withName("winsize");

    /** Number of control characters in struct termios (NCCS). */
    static final int NCCS = 32;

    static final StructLayout TERMIOS = structLayout(
            C_INT.withName("c_iflag"),
            C_INT.withName("c_oflag"),
            C_INT.withName("c_cflag"),
            C_INT.withName("c_lflag"),
            C_CHAR.withName("c_line"),
            sequenceLayout(NCCS, C_CHAR).withName("c_cc"),
            paddingLayout(3),
            C_INT.withName("c_ispeed"),
            C_INT.withName("c_ospeed")).withName("termios");

    static final StructLayout POLLFD = structLayout(
            C_INT.withName("fd"),
            C_SHORT.withName("events"),
            C_SHORT.withName("revents")).withName("pollfd");

    /** Packed on x86_64: the 64-bit data follows the 32-bit events directly. */
    static final StructLayout EPOLL_EVENT = structLayout(
            C_INT.withName("events"),
            C_LONG.withByteAlignment(4).withName("data")).withByteAlignment(4).withName("epoll_event");

    static final StructLayout FLOCK = structLayout(
            C_SHORT.withName("l_type"),
            C_SHORT.withName("l_whence"),
            paddingLayout(4),
            C_LONG.withName("l_start"),
            C_LONG.withName("l_len"),
            C_INT.withName("l_pid"),
            paddingLayout(4)).withName("flock");

    static final StructLayout IOVEC = structLayout(
            C_POINTER.withName("iov_base"),
            C_LONG.withName("iov_len")).withName("iovec");

    static final MemoryLayout SIGSET = opaque(128).withName("sigset_t");
    static final MemoryLayout FD_SET = opaque(128).withName("fd_set");
    static final MemoryLayout CPU_SET = opaque(128).withName("cpu_set_t");
    static final MemoryLayout SPAWN_FILE_ACTIONS = opaque(80).withName("posix_spawn_file_actions_t");
    static final MemoryLayout SPAWN_ATTR = opaque(336).withName("posix_spawnattr_t");
}
