package org.pythebo.programs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pythebo.cli.Main;

/**
 * Real packages: tests/packages/fetch.sh downloads widely used pure-Python Debian packages (pytest,
 * attrs, jinja2, click, ...) with {@code apt-get download} into a cache folder and unpacks them
 * there, never installing them; then each program {@code tests/packages/<package>_usage.py} runs
 * under /usr/bin/python3.11 and under Pythebo with PYTHONPATH naming the unpacked dist-packages,
 * in tests/packages as working directory, and stdout, stderr and exit status must be the same
 * (the cache folder is written {PACKAGES} and tests/packages {DIR} in both).
 *
 * <p>CPython's results are computed here and kept under target/packages-expected/, keyed by the
 * content of tests/packages and by the fetched package versions. Programs allowed to differ are
 * listed with their cause in tests/packages/known-failures.txt, a list that only shrinks: the test
 * fails when an unlisted program differs and when a listed one passes. A Java exception in any
 * output fails it whatever the list says. Packages that cannot be fetched (no network to Debian's
 * mirrors) fail the test with fetch.sh's message. The cache is target/packages unless
 * {@code -Dpythebo.packagesCache} or PYTHEBO_PACKAGES_CACHE names another, which CI and developers
 * may keep across runs; {@code -Dpythebo.packages=pytest,six} runs only the programs whose names
 * start so.
 */
class RealPackagesTest {
    private static final Path CPYTHON = Path.of("/usr/bin/python3.11");
    private static final long TIMEOUT_SECONDS = 180;
    private static final String SUFFIX = "_usage.py";
    /** Texts that only a Java exception escaping to the user would print. */
    private static final List<String> JAVA_LEAKS = List.of("Exception in thread", "\tat org.pythebo.", "\tat java.",
            "(this is a bug in Pythebo)");

    record Result(int status, String stdout, String stderr) {}

    record Outcome(String name, boolean passed, String category, String detail, String leak) {}

    @Test
    void packagesBehaveAsInCPython() throws Exception {
        Path root = Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath();
        Path dir = root.resolve("tests/packages");
        assertTrue(Files.isRegularFile(dir.resolve("fetch.sh")), "no fetch script in " + dir);
        String cacheSetting = System.getProperty("pythebo.packagesCache", System.getenv("PYTHEBO_PACKAGES_CACHE"));
        Path cache = cacheSetting == null || cacheSetting.isEmpty() ? root.resolve("target/packages")
                : Path.of(cacheSetting).toAbsolutePath();
        fetch(dir.resolve("fetch.sh"), cache);
        Path sitePackages = cache.resolve("root/usr/lib/python3/dist-packages");
        assertTrue(Files.isDirectory(sitePackages), "fetch.sh left no " + sitePackages);

        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        assertTrue(programs.size() >= 10, "only " + programs.size() + " package programs in " + dir);
        String only = System.getProperty("pythebo.packages", "");
        boolean subset = !only.isEmpty();
        if (subset) {
            List<String> prefixes = List.of(only.split(","));
            programs = programs.stream().filter(p -> prefixes.stream().anyMatch(p.getFileName().toString()::startsWith)).toList();
        }

        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path aot = LauncherAot.directory(root, classes);
        Path expectedDir = root.resolve("target/packages-expected");
        Files.createDirectories(expectedDir);
        String key = contentKey(dir, cache.resolve("fetched"));

        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path program : programs) {
                futures.add(pool.submit(() -> runOne(program, root, dir, cache, sitePackages, classes, aot, expectedDir, key)));
            }
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, String> known = ProgramCorpusTest.readKnownFailures(dir.resolve("known-failures.txt"));
        List<Outcome> unexpected = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        List<Outcome> leaks = new ArrayList<>();
        int passed = 0;
        StringBuilder report = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.leak() != null) {
                leaks.add(o);
            }
            if (o.passed()) {
                passed++;
                if (known.containsKey(o.name())) {
                    nowPassing.add(o.name());
                }
                report.append("pass ").append(o.name()).append('\n');
            } else {
                if (!known.containsKey(o.name())) {
                    unexpected.add(o);
                }
                report.append("FAIL ").append(o.name()).append(": ").append(o.category()).append('\n').append(o.detail());
            }
        }
        List<String> stale = new ArrayList<>(known.keySet());
        stale.removeAll(outcomes.stream().map(Outcome::name).toList());
        if (subset) {
            stale.clear();
        }
        String summary = "real packages: " + outcomes.size() + " programs, " + passed + " pass, "
                + (outcomes.size() - passed - unexpected.size()) + " known failures";
        Path reportFile = root.resolve("target/packages-report.txt");
        Files.writeString(reportFile, summary + "\n\n" + report);
        System.out.println(summary);
        System.out.println("real packages: report in " + reportFile);

        StringBuilder problems = new StringBuilder();
        if (!unexpected.isEmpty()) {
            problems.append(unexpected.size()).append(" programs differ from CPython and are not in tests/packages/known-failures.txt:\n");
            unexpected.forEach(o -> problems.append("  ").append(o.name()).append(": ").append(o.category()).append('\n'));
            unexpected.stream().limit(3).forEach(o -> problems.append("--- ").append(o.name()).append(":\n")
                    .append(o.detail().length() > 3000 ? o.detail().substring(0, 3000) + "\n..." : o.detail()).append('\n'));
        }
        if (!leaks.isEmpty()) {
            problems.append(leaks.size()).append(" programs let a Java exception reach the user:\n");
            leaks.forEach(o -> problems.append("  ").append(o.name()).append(": ").append(o.leak()).append('\n'));
        }
        if (!nowPassing.isEmpty()) {
            problems.append("listed known failures now pass; remove them from the list: ").append(nowPassing).append('\n');
        }
        if (!stale.isEmpty()) {
            problems.append("known-failure entries naming no program: ").append(stale).append('\n');
        }
        if (!problems.isEmpty()) {
            fail(summary + "\n" + problems);
        }
    }

    /** Runs fetch.sh; a failure (no network, no apt) fails the test with what the script said. */
    private static void fetch(Path script, Path cache) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", script.toString(), cache.toString()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("tests/packages/fetch.sh did not finish in 15 minutes");
        }
        if (p.exitValue() != 0) {
            fail("tests/packages/fetch.sh could not fetch the Debian packages the test needs (exit " + p.exitValue()
                    + "):\n" + new String(out.join(), StandardCharsets.UTF_8));
        }
    }

    private static Outcome runOne(Path program, Path root, Path dir, Path cache, Path sitePackages, Path classes, Path aot,
                                  Path expectedDir, String key) throws IOException, InterruptedException {
        String name = program.getFileName().toString();
        Path cached = expectedDir.resolve(name + "-" + key + ".expected");
        Result expected;
        if (Files.isRegularFile(cached)) {
            ProgramCorpusTest.Expected e = ProgramCorpusTest.parseExpected(Files.readAllBytes(cached), cached);
            expected = new Result(e.status(), e.stdout(), e.stderr());
        } else {
            expected = run(List.of(CPYTHON.toString(), name), dir, cache, sitePackages, Map.of());
            byte[] out = expected.stdout().getBytes(StandardCharsets.UTF_8);
            byte[] err = expected.stderr().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(("exit: " + expected.status() + "\nstdout: " + out.length + " bytes\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(out);
            b.writeBytes(("\nstderr: " + err.length + " bytes\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(err);
            b.write('\n');
            Path partial = Files.createTempFile(expectedDir, name, ".part");
            Files.write(partial, b.toByteArray());
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> env = new HashMap<>();
        env.put("PYTHEBO_CLASSES", classes.toString());
        if (aot != null) {
            env.put("PYTHEBO_AOT_DIR", aot.toString());
        }
        Result actual = run(List.of(root.resolve("pythebo").toString(), name), dir, cache, sitePackages, env);
        String leak = leakIn(actual.stdout() + actual.stderr());
        List<String> differences = new ArrayList<>();
        StringBuilder detail = new StringBuilder();
        if (actual.status() != expected.status()) {
            differences.add("exit status");
            detail.append("exit status: CPython ").append(expected.status()).append(", Pythebo ").append(actual.status()).append('\n');
        }
        if (!actual.stdout().equals(expected.stdout())) {
            differences.add("stdout");
            detail.append("stdout:\n").append(ProgramCorpusTest.diff(expected.stdout(), actual.stdout()));
        }
        if (!actual.stderr().equals(expected.stderr())) {
            differences.add("stderr");
            detail.append("stderr:\n").append(ProgramCorpusTest.diff(expected.stderr(), actual.stderr()));
        }
        if (differences.isEmpty()) {
            return new Outcome(name, true, null, "", leak);
        }
        return new Outcome(name, false, String.join("+", differences) + " differ" + lastLine(actual.stderr()),
                detail.toString(), leak);
    }

    /**
     * Runs one program in tests/packages with a clean environment: the packages on PYTHONPATH, a
     * fixed hash seed, locale and terminal width, and a temporary folder of its own.
     */
    private static Result run(List<String> command, Path dir, Path cache, Path sitePackages, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("pythebo-packages");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = builder.environment();
            String javaHome = env.get("JAVA_HOME");
            String home = env.getOrDefault("HOME", "/root");
            env.clear();
            if (javaHome != null) {
                env.put("JAVA_HOME", javaHome);
            }
            env.put("HOME", home);
            env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
            env.put("LC_ALL", "C.UTF-8");
            env.put("COLUMNS", "80");
            env.put("TMPDIR", tmp.toString());
            env.put("PYTHONHASHSEED", "0");
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            env.put("PYTHONPATH", sitePackages.toString());
            env.putAll(extraEnv);
            Process process = builder.start();
            CompletableFuture<byte[]> out = drain(process.getInputStream());
            CompletableFuture<byte[]> err = drain(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                return new Result(-1000, placeholders(out.join(), dir, cache),
                        placeholders(err.join(), dir, cache) + "\n(timed out after " + TIMEOUT_SECONDS + " s)\n");
            }
            return new Result(process.exitValue(), placeholders(out.join(), dir, cache), placeholders(err.join(), dir, cache));
        } finally {
            deleteTree(tmp);
        }
    }

    private static String placeholders(byte[] bytes, Path dir, Path cache) throws IOException {
        String s = new String(bytes, StandardCharsets.UTF_8);
        for (Path p : List.of(cache, dir)) {
            String label = p == cache ? "{PACKAGES}" : "{DIR}";
            s = s.replace(p.toRealPath().toString(), label).replace(p.toString(), label);
        }
        return s;
    }

    /** What CPython's results depend on: every file under tests/packages but the list, and the fetched versions. */
    private static String contentKey(Path dir, Path fetched) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(f -> Files.isRegularFile(f) && !f.toString().contains("__pycache__")
                        && !f.getFileName().toString().equals("known-failures.txt")).sorted().toList();
            }
            files = new ArrayList<>(files);
            files.add(fetched);
            for (Path f : files) {
                sha.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastLine(String stderr) {
        String last = "";
        for (String l : stderr.split("\n")) {
            if (!l.isBlank() && !l.startsWith(" ")) {
                last = l;
            }
        }
        return last.isEmpty() ? "" : " (" + (last.length() > 100 ? last.substring(0, 100) : last) + ")";
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

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A program left an undeletable file behind: the temporary folder stays.
        }
    }
}
