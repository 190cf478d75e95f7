package org.pythebo.programs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pythebo.cli.Main;

/**
 * CPython's own regression tests through the harness: each module listed in
 * tests/cpython/modules.txt runs under /usr/bin/python3.11 and under Pythebo with
 * tests/cpython/run_module.py, which records every test case's outcome. A case that CPython
 * passes must pass under Pythebo unless tests/cpython/expected-failures/&lt;module&gt;.txt lists it;
 * a listed case that passes fails the test too (remove it: the lists only shrink). A module that
 * hangs or lets a Java exception reach its output fails the test whatever the lists say.
 *
 * <p>CPython's outcomes are cached under target/cpython-tests/, keyed by the content of the test
 * module (or package), of the runner, and of the Lib module it tests, so that an update of the
 * Lib or of the test suite runs CPython again. The figures (per module and in total: of the cases
 * CPython passes, how many Pythebo passes) go to target/cpython-tests/report.txt, from which
 * tests/tools/regen_cpython_tests.py writes the lists and docs/compat/cpython-tests.md; what each
 * module printed under Pythebo goes to target/cpython-tests/&lt;module&gt;.pythebo.out.
 * Modules marked "slow" in the list run only with {@code -Dpythebo.cpythonTests=all} (the full
 * table) or when named, as in {@code -Dpythebo.cpythonTests=test_int,test_decimal}, so that
 * {@code ./run-tests} stays within its time.
 */
class CPythonTestSuiteTest {
    private static final Path CPYTHON = Path.of("/usr/bin/python3.11");
    private static final Path TESTS = Path.of("/usr/lib/python3.11/test");
    private static final long CPYTHON_TIMEOUT_SECONDS = 900;
    private static final long PYTHEBO_TIMEOUT_SECONDS = Long.getLong("pythebo.cpythonTestTimeout", 600);
    /** What only an internal error of Pythebo prints: a Java exception or stack frame. */
    private static final List<String> JAVA_LEAKS = List.of("(this is a bug in Pythebo)", "Exception in thread",
            "\tat org.pythebo.", "\tat java.");

    /** One module's outcome: case id to outcome, in the order the cases ended. */
    record Run(Map<String, String> outcomes, boolean timedOut, String leak, String output) {}

    record ModuleResult(String module, int cpythonPassed, int bothPassed, List<String> failing, List<String> unexpected,
                        List<String> nowPassing, boolean timedOut, String leak) {}

    @Test
    void cpythonRegressionTestsPassAsListed() throws Exception {
        Path root = Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath();
        Path dir = root.resolve("tests/cpython");
        Path runner = dir.resolve("run_module.py");
        assertTrue(Files.isRegularFile(runner), "no runner at " + runner);
        assertTrue(Files.isRegularFile(TESTS.resolve("test_grammar.py")),
                "CPython's test suite is missing: apt-get install libpython3.11-testsuite");
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = root.resolve("target/cpython-tests");
        Files.createDirectories(target);

        // "name" or "name slow": a slow module runs only when asked for by name or with "all".
        String only = System.getProperty("pythebo.cpythonTests", "");
        List<String> modules = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("modules.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            boolean wanted = only.isEmpty() ? fields.length == 1 : only.equals("all") || List.of(only.split(",")).contains(fields[0]);
            if (wanted) {
                modules.add(fields[0]);
            }
        }

        Path aot = LauncherAot.directory(root, classes);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        List<ModuleResult> results = new ArrayList<>();
        try {
            List<Future<ModuleResult>> futures = new ArrayList<>();
            for (String module : modules) {
                futures.add(pool.submit(() -> runModule(module, root, runner, classes, aot, target)));
            }
            for (Future<ModuleResult> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        StringBuilder report = new StringBuilder();
        StringBuilder problems = new StringBuilder();
        int cpythonPassed = 0;
        int bothPassed = 0;
        for (ModuleResult r : results) {
            cpythonPassed += r.cpythonPassed();
            bothPassed += r.bothPassed();
            report.append("module ").append(r.module()).append(' ').append(r.cpythonPassed()).append(' ')
                    .append(r.bothPassed()).append(r.timedOut() ? " timed-out" : "").append('\n');
            for (String id : r.failing()) {
                report.append("failing ").append(r.module()).append(' ').append(id).append('\n');
            }
            if (r.timedOut()) {
                problems.append(r.module()).append(": timed out after ").append(PYTHEBO_TIMEOUT_SECONDS).append(" s\n");
            }
            if (r.leak() != null) {
                problems.append(r.module()).append(": a Java exception reached the output: ").append(r.leak()).append('\n');
            }
            if (!r.unexpected().isEmpty()) {
                problems.append(r.module()).append(": ").append(r.unexpected().size())
                        .append(" cases CPython passes fail and are not listed, e.g. ")
                        .append(r.unexpected().stream().limit(5).toList()).append('\n');
            }
            if (!r.nowPassing().isEmpty()) {
                problems.append(r.module()).append(": ").append(r.nowPassing().size())
                        .append(" listed cases now pass; remove them: ")
                        .append(r.nowPassing().stream().limit(5).toList()).append('\n');
            }
        }
        String summary = String.format("CPython's tests: %d of the %d cases CPython passes pass (%.1f%%) in %d modules",
                bothPassed, cpythonPassed, cpythonPassed == 0 ? 0.0 : 100.0 * bothPassed / cpythonPassed, results.size());
        report.insert(0, summary + "\n");
        Files.writeString(target.resolve("report.txt"), report);
        System.out.println(summary);
        System.out.println("CPython's tests: report in " + target.resolve("report.txt"));
        if (!problems.isEmpty()) {
            fail(summary + "\n" + problems);
        }
    }

    private static ModuleResult runModule(String module, Path root, Path runner, Path classes, Path aot, Path target)
            throws IOException, InterruptedException {
        Path cached = target.resolve(module + "-" + cpythonKey(module, runner) + ".txt");
        Map<String, String> cpython;
        if (Files.isRegularFile(cached)) {
            cpython = parse(Files.readAllLines(cached));
        } else {
            Run run = run(List.of(CPYTHON.toString(), runner.toString(), module), module, Map.of(), CPYTHON_TIMEOUT_SECONDS);
            cpython = run.outcomes();
            Path partial = Files.createTempFile(target, module, ".part");
            Files.write(partial, cpython.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PYTHEBO_CLASSES", classes.toString());
        if (aot != null) {
            env.put("PYTHEBO_AOT_DIR", aot.toString());
        }
        Run pythebo = run(List.of(root.resolve("pythebo").toString(), runner.toString(), module), module, env,
                PYTHEBO_TIMEOUT_SECONDS);
        Files.writeString(target.resolve(module + ".pythebo.out"), pythebo.output(), StandardCharsets.ISO_8859_1);
        Set<String> listed = readList(root.resolve("tests/cpython/expected-failures/" + module + ".txt"));
        int cpythonPassed = 0;
        int bothPassed = 0;
        List<String> failing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        for (Map.Entry<String, String> e : cpython.entrySet()) {
            if (!e.getValue().equals("ok")) {
                continue;
            }
            cpythonPassed++;
            String id = e.getKey();
            if ("ok".equals(pythebo.outcomes().get(id))) {
                bothPassed++;
                if (listed.contains(id)) {
                    nowPassing.add(id);
                }
            } else {
                failing.add(id);
                if (!listed.contains(id)) {
                    unexpected.add(id);
                }
            }
        }
        return new ModuleResult(module, cpythonPassed, bothPassed, failing, unexpected, nowPassing, pythebo.timedOut(),
                pythebo.leak());
    }

    /** Runs the runner in a fresh working directory, and reads back the outcomes it recorded. */
    private static Run run(List<String> command, String module, Map<String, String> extraEnv, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("pythebo-" + module);
        try {
            Path results = work.resolve(".outcomes");
            List<String> full = new ArrayList<>(command);
            full.add(results.toString());
            Path output = Files.createTempFile("pythebo-" + module, ".out");
            ProcessBuilder builder = new ProcessBuilder(full).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.putAll(extraEnv);
            env.put("PYTHONHASHSEED", "0");
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            env.put("LC_ALL", "C.UTF-8");
            env.put("TMPDIR", work.toString());
            env.remove("PYTHONPATH");
            Process process = builder.start();
            boolean timedOut = !process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (timedOut) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            String text = Files.readString(output, StandardCharsets.ISO_8859_1);
            Files.deleteIfExists(output);
            Map<String, String> outcomes = Files.isRegularFile(results)
                    ? parse(Files.readAllLines(results, StandardCharsets.UTF_8)) : new LinkedHashMap<>();
            return new Run(outcomes, timedOut, leakIn(text), text);
        } finally {
            deleteTree(work);
        }
    }

    /** Lines "outcome id" into id to outcome; a case reported twice keeps its worst outcome. */
    static Map<String, String> parse(List<String> lines) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space > 0) {
                String id = line.substring(space + 1);
                String outcome = line.substring(0, space);
                outcomes.merge(id, outcome, (old, now) -> old.equals("ok") ? now : old);
            }
        }
        return outcomes;
    }

    private static Set<String> readList(Path list) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.strip());
                }
            }
        }
        return ids;
    }

    /**
     * What CPython's outcomes depend on: the test module's files, the runner, and the Lib module
     * or package the test is named after (test_json tests json), hashed together.
     */
    private static String cpythonKey(String module, Path runner) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files = new ArrayList<>();
            files.add(runner);
            files.addAll(pythonFiles(TESTS.resolve(module)));
            files.addAll(pythonFiles(TESTS.resolve(module + ".py")));
            Path lib = TESTS.getParent();
            String tested = module.substring("test_".length());
            files.addAll(pythonFiles(lib.resolve(tested)));
            files.addAll(pythonFiles(lib.resolve(tested + ".py")));
            for (Path f : files) {
                sha.update(f.toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> pythonFiles(Path p) throws IOException {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (!Files.isDirectory(p)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(f -> Files.isRegularFile(f) && !f.toString().contains("__pycache__")).sorted().toList();
        }
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

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A test that left an undeletable file behind: the temporary directory stays.
        }
    }
}
