package org.pythebo.modules.posix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pythebo.modules.posix.FilesTest.bytes;
import static org.pythebo.modules.posix.FilesTest.fails;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sysconf, confstr and pathconf for every name CPython knows, against what /usr/bin/python3.11
 * answers on this machine at the same time (tests/tools/libc_tables.py --live).
 */
class SystemConfigTest {
    /**
     * Values that differ between two processes: free memory, and the descriptor limit, which
     * the JVM raises to its hard limit at startup (checked against getrlimit instead).
     */
    private static final Set<String> PER_PROCESS = Set.of("SC_AVPHYS_PAGES", "SC_OPEN_MAX");

    @Test
    void everyNameAnswersAsInCPython(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CPythonTables.PYTHON), "no /usr/bin/python3.11");
        List<CPythonTables.Row> rows = CPythonTables.live(dir);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (CPythonTables.Row row : rows) {
            if (PER_PROCESS.contains(row.key())) {
                continue;
            }
            String actual = switch (row.section()) {
                case "sysconf" -> answer(() -> String.valueOf(SystemConfig.sysconf(name(SystemConfig.sysconfNames(), row))));
                case "confstr" -> answer(() -> {
                    byte[] value = SystemConfig.confstr(name(SystemConfig.confstrNames(), row));
                    return value == null ? "None" : new String(value, UTF_8);
                });
                case "pathconf" -> answer(() -> String.valueOf(SystemConfig.pathconf(bytes(dir), name(SystemConfig.pathconfNames(), row))));
                case "getlogin" -> answer(() -> new String(Users.getlogin(), UTF_8));
                default -> throw new IllegalArgumentException(row.section());
            };
            compared++;
            if (!actual.equals(row.value())) {
                mismatches.add(row.section() + " " + row.key() + ": CPython " + row.value() + ", here " + actual);
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(SystemConfig.sysconfNames().size() + SystemConfig.confstrNames().size()
                + SystemConfig.pathconfNames().size() + 1 - PER_PROCESS.size(), compared);
        assertEquals(Processes.getrlimit(ResourceConstants.RLIMIT_NOFILE)[0], SystemConfig.sysconf(ConfNames.SC_OPEN_MAX));
    }

    private static int name(Map<String, Long> names, CPythonTables.Row row) {
        return names.get(row.key()).intValue();
    }

    /** The value as libc_tables.py prints it, failures as "OSError errno". */
    private static String answer(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (PosixException e) {
            return "OSError " + e.errno();
        }
    }

    @Test
    void unknownNamesAndMissingPathsFail(@TempDir Path dir) {
        fails(ErrnoConstants.EINVAL, () -> SystemConfig.sysconf(123456));
        fails(ErrnoConstants.EINVAL, () -> SystemConfig.confstr(123456));
        fails(ErrnoConstants.ENOENT, () -> SystemConfig.pathconf(bytes(dir.resolve("none")), ConfNames.PC_NAME_MAX));
        fails(ErrnoConstants.EBADF, () -> SystemConfig.fpathconf(987654, ConfNames.PC_NAME_MAX));
        int fd = Libc.open(bytes(dir), PosixConstants.O_RDONLY, 0);
        try {
            assertEquals(SystemConfig.pathconf(bytes(dir), ConfNames.PC_NAME_MAX), SystemConfig.fpathconf(fd, ConfNames.PC_NAME_MAX));
        } finally {
            Libc.close(fd);
        }
    }

    @Test
    void noLimitIsMinusOneEvenRightAfterAFailure(@TempDir Path dir) {
        // A failed call leaves errno set on this thread; a -1 answer that sets no errno must
        // not be mistaken for a failure because of it.
        fails(ErrnoConstants.ENOENT, () -> Libc.stat(bytes(dir.resolve("none"))));
        assertEquals(-1, SystemConfig.sysconf(ConfNames.SC_SEM_NSEMS_MAX));
        fails(ErrnoConstants.ENOENT, () -> Libc.stat(bytes(dir.resolve("none"))));
        assertEquals(-1, SystemConfig.pathconf(bytes(dir), ConfNames.PC_SYMLINK_MAX));
    }

    @Test
    void unameMatchesTheKernelsOwnFiles() throws IOException {
        SystemConfig.Uname uname = SystemConfig.uname();
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/ostype")).trim(), new String(uname.sysname(), UTF_8));
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim(), new String(uname.nodename(), UTF_8));
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim(), new String(uname.release(), UTF_8));
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/version")).trim(), new String(uname.version(), UTF_8));
        assertEquals("x86_64", new String(uname.machine(), UTF_8));
    }

    @Test
    void loadAverageAndProcessorCount() throws IOException {
        double[] averages = SystemConfig.getloadavg();
        assertEquals(3, averages.length);
        String[] proc = Files.readString(Path.of("/proc/loadavg")).split(" ");
        for (int i = 0; i < 3; i++) {
            assertTrue(averages[i] >= 0);
            assertEquals(Double.parseDouble(proc[i]), averages[i], 1.0, "load average " + i);
        }
        assertEquals(Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count(),
                SystemConfig.cpuCount());
    }
}
