package org.pythebo.modules.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every structure layout in {@link Structs}, and the C constants the Java code spells out
 * itself, against what gcc computes from glibc's headers on this machine. Skipped without gcc.
 */
class StructLayoutTest {

    /** C type -> the layout that declares it. */
    private static Map<String, MemoryLayout> layouts() {
        Map<String, MemoryLayout> layouts = new LinkedHashMap<>();
        layouts.put("struct timespec", Structs.TIMESPEC);
        layouts.put("struct timeval", Structs.TIMEVAL);
        layouts.put("struct stat", Structs.STAT);
        layouts.put("struct statvfs", Structs.STATVFS);
        layouts.put("struct dirent64", Structs.DIRENT64);
        layouts.put("struct rlimit", Structs.RLIMIT);
        layouts.put("struct rusage", Structs.RUSAGE);
        layouts.put("struct tms", Structs.TMS);
        layouts.put("struct utsname", Structs.UTSNAME);
        layouts.put("struct passwd", Structs.PASSWD);
        layouts.put("struct group", Structs.GROUP);
        layouts.put("struct winsize", Structs.WINSIZE);
        layouts.put("struct termios", Structs.TERMIOS);
        layouts.put("struct pollfd", Structs.POLLFD);
        layouts.put("struct epoll_event", Structs.EPOLL_EVENT);
        layouts.put("struct flock", Structs.FLOCK);
        layouts.put("struct iovec", Structs.IOVEC);
        layouts.put("sigset_t", Structs.SIGSET);
        layouts.put("fd_set", Structs.FD_SET);
        layouts.put("cpu_set_t", Structs.CPU_SET);
        layouts.put("posix_spawn_file_actions_t", Structs.SPAWN_FILE_ACTIONS);
        layouts.put("posix_spawnattr_t", Structs.SPAWN_ATTR);
        return layouts;
    }

    /** C expression -> the value the Java code uses for it. */
    private static Map<String, Long> constants() {
        Map<String, Long> constants = new LinkedHashMap<>();
        constants.put("AT_FDCWD", (long) Libc.AT_FDCWD);
        constants.put("AT_SYMLINK_NOFOLLOW", (long) Libc.AT_SYMLINK_NOFOLLOW);
        constants.put("AT_REMOVEDIR", (long) Libc.AT_REMOVEDIR);
        constants.put("AT_EACCESS", (long) Libc.AT_EACCESS);
        constants.put("AT_SYMLINK_FOLLOW", (long) Libc.AT_SYMLINK_FOLLOW);
        constants.put("AT_EMPTY_PATH", (long) Libc.AT_EMPTY_PATH);
        constants.put("UTIME_NOW", Libc.UTIME_NOW);
        constants.put("UTIME_OMIT", Libc.UTIME_OMIT);
        constants.put("LC_ALL_MASK", 0x1fbfL);
        constants.put("TIOCGWINSZ", Terminals.TIOCGWINSZ);
        constants.put("L_ctermid", 9L);
        constants.put("NCCS", (long) Structs.NCCS);
        constants.put("_UTSNAME_LENGTH", (long) Structs.UTSNAME_LENGTH);
        constants.put("FD_SETSIZE", (long) Polling.FD_SETSIZE);
        constants.put("EPOLL_CTL_ADD", (long) Polling.EPOLL_CTL_ADD);
        constants.put("EPOLL_CTL_DEL", (long) Polling.EPOLL_CTL_DEL);
        constants.put("EPOLL_CTL_MOD", (long) Polling.EPOLL_CTL_MOD);
        constants.put("POSIX_SPAWN_RESETIDS", (long) Spawn.POSIX_SPAWN_RESETIDS);
        constants.put("POSIX_SPAWN_SETPGROUP", (long) Spawn.POSIX_SPAWN_SETPGROUP);
        constants.put("POSIX_SPAWN_SETSIGDEF", (long) Spawn.POSIX_SPAWN_SETSIGDEF);
        constants.put("POSIX_SPAWN_SETSIGMASK", (long) Spawn.POSIX_SPAWN_SETSIGMASK);
        constants.put("POSIX_SPAWN_SETSID", (long) Spawn.POSIX_SPAWN_SETSID);
        constants.put("SYS_getpriority", 140L);
        constants.put("DT_UNKNOWN", (long) DirEntry.DT_UNKNOWN);
        constants.put("DT_FIFO", (long) DirEntry.DT_FIFO);
        constants.put("DT_CHR", (long) DirEntry.DT_CHR);
        constants.put("DT_DIR", (long) DirEntry.DT_DIR);
        constants.put("DT_BLK", (long) DirEntry.DT_BLK);
        constants.put("DT_REG", (long) DirEntry.DT_REG);
        constants.put("DT_LNK", (long) DirEntry.DT_LNK);
        constants.put("DT_SOCK", (long) DirEntry.DT_SOCK);
        return constants;
    }

    @Test
    void layoutsAndConstantsMatchGcc(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(onPath("gcc"), "gcc is not installed");
        StringBuilder program = new StringBuilder("""
                #define _GNU_SOURCE
                #include <dirent.h>
                #include <fcntl.h>
                #include <grp.h>
                #include <limits.h>
                #include <locale.h>
                #include <poll.h>
                #include <pwd.h>
                #include <sched.h>
                #include <signal.h>
                #include <spawn.h>
                #include <stddef.h>
                #include <stdio.h>
                #include <sys/epoll.h>
                #include <sys/ioctl.h>
                #include <sys/resource.h>
                #include <sys/select.h>
                #include <sys/stat.h>
                #include <sys/statvfs.h>
                #include <sys/syscall.h>
                #include <sys/time.h>
                #include <sys/times.h>
                #include <sys/uio.h>
                #include <sys/utsname.h>
                #include <termios.h>
                #include <time.h>
                int main(void) {
                """);
        StringBuilder expected = new StringBuilder();
        layouts().forEach((type, layout) -> {
            line(program, expected, "sizeof(" + type + ")", layout.byteSize());
            if (layout instanceof GroupLayout group) {
                for (MemoryLayout member : group.memberLayouts()) {
                    if (member instanceof PaddingLayout) {
                        continue;
                    }
                    String name = member.name().orElseThrow();
                    line(program, expected, "offsetof(" + type + ", " + name + ")",
                            group.byteOffset(MemoryLayout.PathElement.groupElement(name)));
                    line(program, expected, "sizeof(((" + type + " *) 0)->" + name + ")", member.byteSize());
                }
            }
        });
        constants().forEach((name, value) -> line(program, expected, name, value));
        program.append("    return 0;\n}\n");

        Path source = dir.resolve("layouts.c");
        Path binary = dir.resolve("layouts");
        Files.writeString(source, program);
        assertEquals("", run(dir, "gcc", "-o", binary.toString(), source.toString()), "gcc failed");
        assertEquals(expected.toString(), run(dir, binary.toString()));
    }

    private static void line(StringBuilder program, StringBuilder expected, String expression, long value) {
        program.append("    printf(\"%s = %lld\\n\", \"").append(expression).append("\", (long long) (")
                .append(expression).append("));\n");
        expected.append(expression).append(" = ").append(value).append('\n');
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out");
        }
        return output;
    }
}
