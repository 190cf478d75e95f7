package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pythebo.modules.posix.FilesTest.fails;
import static org.pythebo.modules.posix.SpawnTest.argv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Process ids, waiting, times, priorities, limits and affinity, checked against /proc. */
class ProcessesTest {

    /** The whitespace-separated numbers after "{@code name}:" in /proc/thread-self/status. */
    private static long[] status(String name) throws IOException {
        String line = Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                .filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow();
        String values = line.substring(name.length() + 1).trim();
        return values.isEmpty() ? new long[0] : Arrays.stream(values.split("\\s+")).mapToLong(Long::parseLong).toArray();
    }

    /**
     * Field {@code n} (from 1) of /proc/self/stat, counted after the command name, which may hold
     * spaces. The session id is 0 there when the session leader is outside this pid namespace.
     */
    private static long statField(int n) throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(rest[n - 3]);
    }

    @Test
    void idsAreThoseTheKernelReports() throws IOException {
        assertEquals(ProcessHandle.current().pid(), Processes.getpid());
        assertEquals(ProcessHandle.current().parent().orElseThrow().pid(), Processes.getppid());
        long[] uids = status("Uid");
        long[] gids = status("Gid");
        assertEquals(uids[0], Processes.getuid());
        assertEquals(uids[1], Processes.geteuid());
        assertEquals(gids[0], Processes.getgid());
        assertEquals(gids[1], Processes.getegid());
        assertArrayEquals(new long[] {uids[0], uids[1], uids[2]}, IntStream.of(Processes.getresuid()).asLongStream().toArray());
        assertArrayEquals(new long[] {gids[0], gids[1], gids[2]}, IntStream.of(Processes.getresgid()).asLongStream().toArray());
        assertArrayEquals(status("Groups"), IntStream.of(Processes.getgroups()).asLongStream().sorted().toArray());
        assertEquals(Processes.getpgrp(), Processes.getpgid(0));
        assertEquals(Processes.getpgrp(), Processes.getpgid(Processes.getpid()));
        assertEquals(statField(6), Processes.getsid(0));
        fails(ErrnoConstants.ESRCH, () -> Processes.getpgid(Integer.MAX_VALUE));
        fails(ErrnoConstants.ESRCH, () -> Processes.getsid(Integer.MAX_VALUE));
    }

    @Test
    void settingIdsToTheirCurrentValuesSucceeds() {
        Processes.setreuid(-1, -1);
        Processes.setregid(-1, -1);
        Processes.setresuid(-1, -1, -1);
        Processes.setresgid(-1, -1, -1);
        Processes.seteuid(Processes.geteuid());
        Processes.setegid(Processes.getegid());
        if (Processes.geteuid() != 0) {
            fails(ErrnoConstants.EPERM, () -> Processes.setuid(0));
        }
    }

    @Test
    void waitingReportsStatusUsageAndNoHang() {
        int[] stdin = Descriptors.pipe2(PosixConstants.O_CLOEXEC);
        int pid;
        try {
            pid = Spawn.spawn("/bin/sh".getBytes(UTF_8), argv("sh", "-c", "read x; exit 4"), null,
                    List.of(new Spawn.Dup2(stdin[0], 0)), Spawn.Attributes.NONE);
        } finally {
            Libc.close(stdin[0]);
        }
        try {
            assertEquals(new Processes.WaitResult(0, 0, null), Processes.waitpid(pid, PosixConstants.WNOHANG));
            Signals.kill(pid, 0);
        } finally {
            Libc.close(stdin[1]);
        }
        Processes.WaitResult result = Processes.wait4(pid, 0);
        assertEquals(pid, result.pid());
        assertEquals(4, Processes.waitstatusToExitcode(result.status()));
        assertNotNull(result.usage());
        assertTrue(result.usage().maxrss() > 0, "a shell uses some memory");
        fails(ErrnoConstants.ECHILD, () -> Processes.waitpid(pid, 0));
        fails(ErrnoConstants.ESRCH, () -> Signals.kill(pid, 0));
    }

    @Test
    void stoppedAndContinuedChildrenDecode() {
        int pid = Spawn.spawn("/bin/sleep".getBytes(UTF_8), argv("sleep", "30"), null, List.of(), Spawn.Attributes.NONE);
        try {
            Signals.kill(pid, SignalConstants.SIGSTOP);
            int stopped = Processes.waitpid(pid, PosixConstants.WUNTRACED).status();
            assertTrue(Processes.wifstopped(stopped));
            assertEquals(SignalConstants.SIGSTOP, Processes.wstopsig(stopped));
            assertThrows(IllegalArgumentException.class, () -> Processes.waitstatusToExitcode(stopped));
            Signals.kill(pid, SignalConstants.SIGCONT);
            int continued = Processes.waitpid(pid, PosixConstants.WCONTINUED).status();
            assertTrue(Processes.wifcontinued(continued));
            assertFalse(Processes.wifexited(continued));
        } finally {
            Signals.kill(pid, SignalConstants.SIGKILL);
        }
        int killed = Processes.waitpid(pid, 0).status();
        assertTrue(Processes.wifsignaled(killed));
        assertEquals(SignalConstants.SIGKILL, Processes.wtermsig(killed));
        assertFalse(Processes.wcoredump(killed));
        assertEquals(-SignalConstants.SIGKILL, Processes.waitstatusToExitcode(killed));
    }

    @Test
    void timesAndUsageGrowWithWork() {
        Processes.Times before = Processes.times();
        Processes.Times after = before;
        long deadline = System.nanoTime() + 20_000_000_000L;
        long sum = 0;
        // Spin until the kernel has counted a clock tick of CPU time (or give up).
        while (after.user() + after.system() <= before.user() + before.system() && System.nanoTime() < deadline) {
            for (int i = 0; i < 1_000_000; i++) {
                sum += i ^ (sum >>> 3);
            }
            after = Processes.times();
        }
        assertTrue(sum != 42);
        assertTrue(after.user() + after.system() > before.user() + before.system(), "CPU time passed");
        assertTrue(after.elapsed() >= before.elapsed());
        Rusage self = Processes.getrusage(ResourceConstants.RUSAGE_SELF);
        assertTrue(self.utime() > 0);
        assertTrue(self.maxrss() > 0);
        Processes.getrusage(ResourceConstants.RUSAGE_THREAD);
        fails(ErrnoConstants.EINVAL, () -> Processes.getrusage(99));
    }

    @Test
    void priorityIsTheThreadsNiceValue() throws IOException {
        // Field 19 of /proc/thread-self/stat, counted after the parenthesised command name.
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertEquals(Integer.parseInt(fields[16]), Processes.getpriority(Processes.PRIO_PROCESS, 0));
        int current = Processes.nice(0);
        assertEquals(Processes.getpriority(Processes.PRIO_PROCESS, 0), current);
        fails(ErrnoConstants.ESRCH, () -> Processes.getpriority(Processes.PRIO_PROCESS, Integer.MAX_VALUE));
    }

    @Test
    void limitsMatchProcLimits() throws IOException {
        String line = Files.readAllLines(Path.of("/proc/self/limits")).stream()
                .filter(l -> l.startsWith("Max open files")).findFirst().orElseThrow();
        String[] words = line.substring("Max open files".length()).trim().split("\\s+");
        long[] limits = Processes.getrlimit(ResourceConstants.RLIMIT_NOFILE);
        assertEquals(Long.parseLong(words[0]), limits[0]);
        assertEquals(Long.parseLong(words[1]), limits[1]);
        assertArrayEquals(limits, Processes.prlimit(Processes.getpid(), ResourceConstants.RLIMIT_NOFILE, null));

        long[] core = Processes.getrlimit(ResourceConstants.RLIMIT_CORE);
        long lowered = core[1] == ResourceConstants.RLIM_INFINITY ? 4096 : Math.min(core[0], core[1] / 2);
        Processes.setrlimit(ResourceConstants.RLIMIT_CORE, lowered, core[1]);
        try {
            assertEquals(lowered, Processes.getrlimit(ResourceConstants.RLIMIT_CORE)[0]);
        } finally {
            Processes.setrlimit(ResourceConstants.RLIMIT_CORE, core[0], core[1]);
        }
        assertArrayEquals(core, Processes.getrlimit(ResourceConstants.RLIMIT_CORE));
        fails(ErrnoConstants.EINVAL, () -> Processes.setrlimit(ResourceConstants.RLIMIT_CORE, 2, 1));
    }

    @Test
    void affinityIsTheAllowedCpuList() throws IOException {
        String allowed = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow()
                .substring("Cpus_allowed_list:".length()).trim();
        IntStream.Builder expected = IntStream.builder();
        for (String range : allowed.split(",")) {
            String[] ends = range.split("-");
            int first = Integer.parseInt(ends[0]);
            int last = Integer.parseInt(ends[ends.length - 1]);
            IntStream.rangeClosed(first, last).forEach(expected::add);
        }
        int[] cpus = Processes.schedGetaffinity(0);
        assertArrayEquals(expected.build().toArray(), cpus);
        Processes.schedSetaffinity(0, cpus);
        fails(ErrnoConstants.ESRCH, () -> Processes.schedGetaffinity(Integer.MAX_VALUE));
    }
}
