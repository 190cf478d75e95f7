package org.pythebo.programs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pythebo.cli.Main;

/**
 * The differential program corpus: runs every program under tests/programs through the real
 * {@code ./pythebo} launcher and compares stdout, stderr and exit status with what CPython 3.11
 * produced (the {@code .expected} files written by tests/tools/regen_programs.py).
 *
 * <p>Programs are {@code <area>/<name>.py} and {@code <area>/<case>/main.py}; each runs with its
 * own directory as working directory and its file name as argv[0], as the expected files were
 * made. CPython shows the script's absolute path in tracebacks; both sides write the program's
 * directory as {DIR}. Programs allowed to fail are listed, each with a cause, in
 * tests/programs-known-failures.txt: the test fails when an unlisted program fails and when a
 * listed one passes, so the list only shrinks. Any Java exception name or stack frame in any
 * output fails the test, listed or not. Details go to target/program-corpus-report.txt
 * ({@code -Dpythebo.target} moves it; {@code -Dpythebo.root} names the repository;
 * {@code -Dpythebo.programs=area/,area/name} runs only the programs whose names start so).
 */
class ProgramCorpusTest {
    private static final long TIMEOUT_SECONDS = 15;
    /** A corpus this small means the checkout is broken, not that the engine is good. */
    private static final int MINIMUM_PROGRAMS = 400;
    /** Texts that only a Java exception escaping to the user would print. */
    private static final List<String> JAVA_LEAKS = List.of("java.", "Exception in thread", "at org.pythebo", "javax.", "jdk.internal");
    private static final int EXCERPT_LINES = 30;

    record Expected(int status, String stdout, String stderr) {}

    record Outcome(String name, boolean passed, String category, String detail, String leak) {}

    @Test
    void everyProgramBehavesAsInCPython() throws Exception {
        Path root = Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath();
        Path corpus = root.resolve("tests/programs");
        Path launcher = root.resolve("pythebo");
        assertTrue(Files.isDirectory(corpus), "no corpus at " + corpus + " (run from the repository or set -Dpythebo.root)");
        assertTrue(Files.isExecutable(launcher), "launcher not found at " + launcher);
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<Path> programs = listPrograms(corpus);
        assertTrue(programs.size() >= MINIMUM_PROGRAMS, "only " + programs.size() + " programs under " + corpus);
        // -Dpythebo.programs=stdlib/,types/bytes runs only the programs whose names start so (while developing).
        String only = System.getProperty("pythebo.programs", "");
        boolean subset = !only.isEmpty();
        if (subset) {
            List<String> prefixes = List.of(only.split(","));
            programs = programs.stream()
                    .filter(p -> prefixes.stream().anyMatch(corpus.relativize(p).toString()::startsWith)).toList();
        }
        Path aot = LauncherAot.directory(root, classes);
        List<Outcome> outcomes = runAll(programs, corpus, launcher, classes, aot);
        Map<String, String> known = readKnownFailures(root.resolve("tests/programs-known-failures.txt"));

        List<Outcome> unexpected = new ArrayList<>();
        List<Outcome> leaks = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        int passed = 0;
        int knownFailing = 0;
        for (Outcome o : outcomes) {
            if (o.leak() != null) {
                leaks.add(o);
            }
            if (o.passed()) {
                passed++;
                if (known.containsKey(o.name())) {
                    nowPassing.add(o.name());
                }
            } else if (known.containsKey(o.name())) {
                knownFailing++;
            } else {
                unexpected.add(o);
            }
        }
        List<String> stale = new ArrayList<>(known.keySet());
        stale.removeAll(outcomes.stream().map(Outcome::name).toList());
        if (subset) {
            stale.clear();
        }

        String summary = "programs: " + programs.size() + " total, " + passed + " pass, " + knownFailing + " known failures";
        String target = System.getProperty("pythebo.target");
        Path report = (target != null ? Path.of(target).toAbsolutePath() : root.resolve("target")).resolve("program-corpus-report.txt");
        writeReport(report, summary, outcomes, known, nowPassing, stale);
        System.out.println(summary);
        System.out.println("programs: report in " + report);

        StringBuilder problems = new StringBuilder();
        if (!unexpected.isEmpty()) {
            problems.append(unexpected.size()).append(" programs differ from CPython and are not in tests/programs-known-failures.txt, e.g.:\n");
            unexpected.stream().limit(10).forEach(o -> problems.append("  ").append(o.name()).append(": ").append(o.category()).append('\n'));
            // The first differences in full: CI shows only this message, not the report file.
            unexpected.stream().limit(3).forEach(o -> problems.append("--- ").append(o.name()).append(":\n")
                    .append(o.detail().length() > 3000 ? o.detail().substring(0, 3000) + "\n..." : o.detail()).append('\n'));
        }
        if (!leaks.isEmpty()) {
            problems.append(leaks.size()).append(" programs let a Java exception reach the user, e.g.:\n");
            leaks.stream().limit(10).forEach(o -> problems.append("  ").append(o.name()).append(": ").append(o.leak()).append('\n'));
        }
        if (!nowPassing.isEmpty()) {
            problems.append(nowPassing.size()).append(" listed known failures now pass; remove them from the list: ")
                    .append(nowPassing.stream().limit(10).toList()).append('\n');
        }
        if (!stale.isEmpty()) {
            problems.append("known-failure entries naming no program: ").append(stale).append('\n');
        }
        if (!problems.isEmpty()) {
            fail(summary + "\n" + problems);
        }
    }

    /** {@code <area>/<name>.py} and {@code <area>/<case>/main.py}, sorted, as paths under the corpus. */
    static List<Path> listPrograms(Path corpus) throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> areas = Files.list(corpus)) {
            for (Path area : areas.filter(Files::isDirectory).toList()) {
                try (Stream<Path> entries = Files.list(area)) {
                    for (Path entry : entries.toList()) {
                        if (entry.getFileName().toString().endsWith(".py") && Files.isRegularFile(entry)) {
                            programs.add(entry);
                        } else if (Files.isRegularFile(entry.resolve("main.py"))) {
                            programs.add(entry.resolve("main.py"));
                        }
                    }
                }
            }
        }
        programs.sort(Comparator.comparing(p -> corpus.relativize(p).toString()));
        return programs;
    }

    private static List<Outcome> runAll(List<Path> programs, Path corpus, Path launcher, Path classes, Path aot) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path program : programs) {
                futures.add(pool.submit(() -> runOne(program, corpus.relativize(program).toString(), launcher, classes, aot)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome runOne(Path program, String name, Path launcher, Path classes, Path aot)
            throws IOException, InterruptedException {
        Path expectedFile = program.resolveSibling(program.getFileName() + ".expected");
        if (!Files.isRegularFile(expectedFile)) {
            return new Outcome(name, false, "no .expected file (run tests/tools/regen_programs.py)", "", null);
        }
        Expected expected = parseExpected(Files.readAllBytes(expectedFile), expectedFile);

        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), program.getFileName().toString())
                .directory(program.getParent().toFile());
        Map<String, String> env = builder.environment();
        env.put("PYTHEBO_CLASSES", classes.toString());
        if (aot != null) {
            env.put("PYTHEBO_AOT_DIR", aot.toString());
        }
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("LC_ALL", "C.UTF-8");
        env.remove("PYTHONPATH");
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Process process = builder.start();
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            String partial = text(out.join()) + text(err.join());
            return new Outcome(name, false, "timed out after " + TIMEOUT_SECONDS + " s", excerpt(partial), leakIn(partial));
        }
        String directory = program.getParent().toAbsolutePath() + "/";
        String realDirectory = program.getParent().toRealPath() + "/";
        String stdout = text(out.join()).replace(directory, "{DIR}/").replace(realDirectory, "{DIR}/");
        String stderr = text(err.join()).replace(directory, "{DIR}/").replace(realDirectory, "{DIR}/");
        String leak = leakIn(stdout + stderr);
        // Java reports a process killed by signal N as 128 + N; Python's subprocess, as -N.
        int status = process.exitValue();
        if (expected.status() < 0 && status == 128 - expected.status()) {
            status = expected.status();
        }

        List<String> differences = new ArrayList<>();
        StringBuilder detail = new StringBuilder();
        if (status != expected.status()) {
            differences.add("exit status");
            detail.append("exit status: CPython ").append(expected.status()).append(", Pythebo ").append(status).append('\n');
        }
        if (!stdout.equals(expected.stdout())) {
            differences.add("stdout");
            detail.append("stdout:\n").append(diff(expected.stdout(), stdout));
        }
        if (!stderr.equals(expected.stderr())) {
            differences.add("stderr");
            detail.append("stderr:\n").append(diff(expected.stderr(), stderr));
        }
        if (differences.isEmpty()) {
            return new Outcome(name, true, null, null, leak);
        }
        return new Outcome(name, false, category(differences, stderr, launcher, program.getFileName().toString()), detail.toString(), leak);
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }

    /** Parses the format of regen_programs.py: "exit: S", then "stdout: N bytes" and "stderr: M bytes" blocks. */
    static Expected parseExpected(byte[] data, Path file) {
        int[] at = {0};
        String exitLine = line(data, at);
        byte[] stdout = block(data, at, "stdout", file);
        byte[] stderr = block(data, at, "stderr", file);
        if (!exitLine.startsWith("exit: ")) {
            fail(file + ": no exit line");
        }
        return new Expected(Integer.parseInt(exitLine.substring("exit: ".length())), text(stdout), text(stderr));
    }

    private static byte[] block(byte[] data, int[] at, String label, Path file) {
        String header = line(data, at);
        String prefix = label + ": ";
        if (!header.startsWith(prefix) || !header.endsWith(" bytes")) {
            fail(file + ": expected a '" + prefix + "N bytes' line, found '" + header + "'");
        }
        int length = Integer.parseInt(header.substring(prefix.length(), header.length() - " bytes".length()));
        byte[] bytes = Arrays.copyOfRange(data, at[0], at[0] + length);
        at[0] += length + 1;
        return bytes;
    }

    private static String line(byte[] data, int[] at) {
        int start = at[0];
        int end = start;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        at[0] = end + 1;
        return new String(data, start, end - start, StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String leakIn(String output) {
        for (String marker : JAVA_LEAKS) {
            int i = output.indexOf(marker);
            if (i >= 0) {
                int lineStart = output.lastIndexOf('\n', i) + 1;
                int lineEnd = output.indexOf('\n', i);
                return output.substring(lineStart, lineEnd < 0 ? output.length() : lineEnd).strip();
            }
        }
        return null;
    }

    /**
     * Groups failures for the report by what differs and by the last unindented line of
     * Pythebo's stderr, which names the cause best (an internal error, an unsupported
     * construct, the exception raised): an exception line counts by its type alone, any other
     * line with the launcher's path and the program's name taken out.
     */
    private static String category(List<String> differences, String err, Path launcher, String programName) {
        String last = "";
        for (String l : err.split("\n")) {
            if (!l.isBlank() && !l.startsWith(" ")) {
                last = l;
            }
        }
        int colon = last.indexOf(':');
        if (colon > 0 && isExceptionName(last.substring(0, colon))) {
            last = "raises " + last.substring(0, colon);
        } else {
            last = last.replace(launcher.toString(), "pythebo").replace(programName, "<program>");
            if (last.length() > 100) {
                last = last.substring(0, 100);
            }
        }
        return String.join("+", differences) + " differ" + (last.isEmpty() ? "" : " (" + last + ")");
    }

    /** A dotted Python name ending in Error, Exception, Exit, Interrupt, Group or Warning. */
    private static boolean isExceptionName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        for (String suffix : List.of("Error", "Exception", "Exit", "Interrupt", "Group", "Warning", "Iteration")) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** A short line diff: the lines around the first difference, CPython's then Pythebo's. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int first = 0;
        while (first < e.length && first < a.length && e[first].equals(a[first])) {
            first++;
        }
        int from = Math.max(0, first - 3);
        StringBuilder sb = new StringBuilder("  first difference at line ").append(first + 1).append('\n');
        for (int i = from; i < Math.min(e.length, first + EXCERPT_LINES / 2); i++) {
            sb.append(i < first ? "    " : "  - ").append(e[i]).append('\n');
        }
        for (int i = first; i < Math.min(a.length, first + EXCERPT_LINES / 2); i++) {
            sb.append("  + ").append(a[i]).append('\n');
        }
        return sb.toString();
    }

    private static String excerpt(String output) {
        String[] lines = output.split("\n", -1);
        return String.join("\n", Arrays.asList(lines).subList(0, Math.min(lines.length, EXCERPT_LINES))) + "\n";
    }

    /** Program (relative to tests/programs) to cause; each entry is "program  cause". */
    static Map<String, String> readKnownFailures(Path list) throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        if (!Files.exists(list)) {
            return known;
        }
        int lineno = 0;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            lineno++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int space = 0;
            while (space < entry.length() && !Character.isWhitespace(entry.charAt(space))) {
                space++;
            }
            if (space == entry.length()) {
                fail(list + ":" + lineno + ": each known failure needs a one-line cause after the program");
            }
            known.put(entry.substring(0, space), entry.substring(space).strip());
        }
        return known;
    }

    private static void writeReport(Path report, String summary, List<Outcome> outcomes, Map<String, String> known,
                                    List<String> nowPassing, List<String> stale) throws IOException {
        Map<String, Integer> categories = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (!o.passed()) {
                categories.merge(o.category(), 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder(summary).append("\n\nFailure categories (programs):\n");
        categories.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sb.append(String.format("%6d  %s%n", e.getValue(), e.getKey())));
        List<Outcome> leaking = outcomes.stream().filter(o -> o.leak() != null).toList();
        if (!leaking.isEmpty()) {
            sb.append("\nJava exceptions reaching the user:\n");
            leaking.forEach(o -> sb.append("  ").append(o.name()).append(": ").append(o.leak()).append('\n'));
        }
        if (!nowPassing.isEmpty()) {
            sb.append("\nListed as known failures but now passing (remove them):\n");
            nowPassing.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        if (!stale.isEmpty()) {
            sb.append("\nKnown-failure entries naming no program:\n");
            stale.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        List<Outcome> unlisted = outcomes.stream().filter(o -> !o.passed() && !known.containsKey(o.name())).toList();
        if (!unlisted.isEmpty()) {
            sb.append("\nCandidate entries for tests/programs-known-failures.txt (check each cause before adding):\n");
            unlisted.forEach(o -> sb.append(o.name()).append("  ").append(o.category()).append('\n'));
        }
        sb.append("\nFailures:\n");
        for (Outcome o : outcomes) {
            if (!o.passed()) {
                sb.append(known.containsKey(o.name()) ? "KNOWN " : "NEW   ").append(o.name()).append("  [").append(o.category())
                        .append("]\n").append(o.detail()).append('\n');
            }
        }
        Files.createDirectories(report.getParent());
        Files.writeString(report, sb, StandardCharsets.UTF_8);
    }
}
