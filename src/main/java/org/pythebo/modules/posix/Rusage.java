package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.Native.C_LONG;
import static org.pythebo.modules.posix.Structs.RUSAGE;
import static org.pythebo.modules.posix.Structs.TIMEVAL;
import static org.pythebo.modules.posix.Structs.offset;

import java.lang.foreign.MemorySegment;

/** struct rusage as resource.struct_rusage shows it: CPU times in seconds, then the counters. */
public record Rusage(
        double utime, double stime, long maxrss, long ixrss, long idrss, long isrss,
        long minflt, long majflt, long nswap, long inblock, long oublock,
        long msgsnd, long msgrcv, long nsignals, long nvcsw, long nivcsw) {

    private static final long UTIME = offset(RUSAGE, "ru_utime");
    private static final long STIME = offset(RUSAGE, "ru_stime");
    private static final long SEC = offset(TIMEVAL, "tv_sec");
    private static final long USEC = offset(TIMEVAL, "tv_usec");
    private static final long COUNTERS = offset(RUSAGE, "ru_maxrss");

    static Rusage read(MemorySegment usage) {
        long[] c = usage.asSlice(COUNTERS, 14 * C_LONG.byteSize()).toArray(C_LONG);
        return new Rusage(seconds(usage, UTIME), seconds(usage, STIME),
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
    }

    /** As CPython computes it: tv_sec + tv_usec * 1e-6. */
    private static double seconds(MemorySegment usage, long timeval) {
        return usage.get(C_LONG, timeval + SEC) + usage.get(C_LONG, timeval + USEC) * 1e-6;
    }
}
