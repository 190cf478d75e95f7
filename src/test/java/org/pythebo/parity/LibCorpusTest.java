package org.pythebo.parity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Parses every .py file of CPython 3.11's standard library (test suite included) and compares
 * the result with what CPython's {@code ast} module makes of the same bytes: identical dumps
 * (with positions) for accepted files, the same error type, message and line for rejected ones.
 *
 * <p>Files allowed to differ are listed, each with its cause, in
 * tests/lib-corpus-known-failures.txt. The test fails when an unlisted file differs and when a
 * listed file matches, so that the list can only shrink. Details go to target/lib-corpus-report.txt.
 */
class LibCorpusTest {
    private static final Duration PER_FILE_LIMIT = Duration.ofSeconds(30);
    /** Sanity floor: a partial or missing installation must not pass as a small corpus. */
    private static final int MINIMUM_FILES = 1500;

    /** How one file compared; {@code category} groups mismatches of the same kind. */
    record FileResult(String path, boolean identical, String category, String detail) {}

    @Test
    void everyLibFileParsesLikeCPython() throws Exception {
        assertTrue(Files.isDirectory(Harness.CPYTHON_LIB), Harness.CPYTHON_LIB + " is missing: the lib corpus needs CPython 3.11's sources");
        List<Path> files = listSources();
        assertTrue(files.size() >= MINIMUM_FILES, "only " + files.size() + " .py files under " + Harness.CPYTHON_LIB);
        Path cache = Harness.target().resolve("cpython-ast");
        refreshCache(files, cache);

        List<FileResult> results = compareAll(files, cache);
        Map<String, String> known = readKnownFailures(Harness.root().resolve("tests/lib-corpus-known-failures.txt"));

        List<FileResult> unexpected = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        int identical = 0;
        int knownFailing = 0;
        for (FileResult r : results) {
            if (r.identical()) {
                identical++;
                if (known.containsKey(r.path())) {
                    nowPassing.add(r.path());
                }
            } else if (known.containsKey(r.path())) {
                knownFailing++;
            } else {
                unexpected.add(r);
            }
        }
        List<String> staleEntries = new ArrayList<>(known.keySet());
        staleEntries.removeAll(results.stream().map(FileResult::path).toList());

        String summary = "lib corpus: " + files.size() + " files, " + identical + " identical, " + knownFailing + " known failures";
        writeReport(Harness.target().resolve("lib-corpus-report.txt"), summary, results, known, nowPassing, staleEntries);
        System.out.println(summary);
        System.out.printf("lib corpus: %.1f%% identical; report in %s%n",
                100.0 * identical / files.size(), Harness.target().resolve("lib-corpus-report.txt"));

        StringBuilder problems = new StringBuilder();
        if (!unexpected.isEmpty()) {
            problems.append(unexpected.size()).append(" files differ from CPython and are not in tests/lib-corpus-known-failures.txt, e.g.:\n");
            unexpected.stream().limit(10).forEach(r -> problems.append("  ").append(r.path()).append(": ").append(r.category()).append('\n'));
        }
        if (!nowPassing.isEmpty()) {
            problems.append(nowPassing.size()).append(" listed known failures now match CPython; remove them from the list: ")
                    .append(nowPassing.stream().limit(10).toList()).append('\n');
        }
        if (!staleEntries.isEmpty()) {
            problems.append("known-failure entries naming no corpus file: ").append(staleEntries).append('\n');
        }
        if (!problems.isEmpty()) {
            fail(summary + "\n" + problems);
        }
    }

    private static List<Path> listSources() throws IOException {
        try (Stream<Path> walk = Files.walk(Harness.CPYTHON_LIB)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** The cached CPython result of {@code source} without its suffix. */
    private static Path cacheBase(Path cache, Path source) {
        return cache.resolve(source.toAbsolutePath().toString().substring(1));
    }

    /** Runs the CPython script once over every file whose cached result is missing or was made for other contents. */
    private static void refreshCache(List<Path> files, Path cache) throws IOException, InterruptedException {
        Path script = Harness.root().resolve("tests/tools/cpython_ast.py");
        assertTrue(Files.isRegularFile(script), "missing " + script);
        Map<Path, String> stale = new LinkedHashMap<>();
        for (Path file : files) {
            Path base = cacheBase(cache, file);
            String key = RecordKey.of(file, script, Harness.python());
            if (!RecordKey.current(base, key)) {
                stale.put(file, key);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        Files.createDirectories(cache);
        Path list = Files.createTempFile(Harness.target(), "cpython-ast-", ".list");
        try {
            Files.write(list, stale.keySet().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            for (Path file : stale.keySet()) {
                Path base = cacheBase(cache, file);
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".dump"));
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".err"));
            }
            Harness.runPython(script, List.of("--out", cache.toString(), "--jobs", String.valueOf(workers()), "--list", list.toString()));
            for (Map.Entry<Path, String> e : stale.entrySet()) {
                RecordKey.store(cacheBase(cache, e.getKey()), e.getValue());
            }
        } finally {
            Files.deleteIfExists(list);
        }
    }

    private static Path existing(Path a, Path b) {
        return Files.exists(a) ? a : Files.exists(b) ? b : null;
    }

    private static int workers() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    private static List<FileResult> compareAll(List<Path> files, Path cache) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers());
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> compare(file, cache)));
            }
            List<FileResult> results = new ArrayList<>();
            for (Future<FileResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult compare(Path file, Path cache) throws IOException {
        String path = Harness.CPYTHON_LIB.relativize(file).toString();
        Path base = cacheBase(cache, file);
        Path dumpFile = base.resolveSibling(base.getFileName() + ".dump");
        Path errFile = base.resolveSibling(base.getFileName() + ".err");
        IsolatedParse.Outcome outcome = IsolatedParse.run(Files.readAllBytes(file), file.toString(), true, PER_FILE_LIMIT);

        if (Files.exists(dumpFile)) {
            String expected = Files.readString(dumpFile, StandardCharsets.UTF_8).stripTrailing();
            return switch (outcome) {
                case IsolatedParse.Accepted a -> compareDumps(path, expected, a.dump());
                case IsolatedParse.Rejected r -> new FileResult(path, false, "rejects a valid file: " + r.error().msg,
                        "CPython accepts; Pythebo: " + IsolatedParse.describe(r.error()));
                default -> failure(path, outcome);
            };
        }
        String[] err = Harness.fields(Files.readString(errFile, StandardCharsets.UTF_8).stripTrailing());
        String expected = err[0] + ": " + err[1] + " (line " + err[2] + ")";
        return switch (outcome) {
            case IsolatedParse.Accepted a -> new FileResult(path, false, "accepts an invalid file",
                    "CPython: " + expected + "; Pythebo accepts");
            case IsolatedParse.Rejected r -> {
                String actual = r.error().kind + ": " + r.error().msg + " (line " + r.error().lineno + ")";
                yield actual.equals(expected) ? new FileResult(path, true, null, null)
                        : new FileResult(path, false, "different error", "CPython: " + expected + "\n  Pythebo: " + actual);
            }
            default -> failure(path, outcome);
        };
    }

    private static FileResult failure(String path, IsolatedParse.Outcome outcome) {
        StringBuilder detail = new StringBuilder(IsolatedParse.describe(outcome));
        if (outcome instanceof IsolatedParse.Crashed(Throwable t)) {
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 8); i++) {
                detail.append("\n    at ").append(frames[i]);
            }
        }
        return new FileResult(path, false, IsolatedParse.describe(outcome), detail.toString());
    }

    private static FileResult compareDumps(String path, String expected, String actual) {
        int at = Harness.firstDifference(expected, actual);
        if (at < 0) {
            return new FileResult(path, true, null, null);
        }
        return new FileResult(path, false, "dump differs at " + fieldAt(expected, at),
                "first difference at character " + at + "\n  CPython: " + Harness.around(expected, at, 100)
                        + "\n  Pythebo: " + Harness.around(actual, at, 100));
    }

    /**
     * Names the node and field in which a dump difference falls ("Constant.value"): enough to
     * group mismatches. Scans the dump from the start, skipping string literals, keeping the
     * stack of open nodes and the field last named in each.
     */
    static String fieldAt(String dump, int at) {
        List<String> nodes = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int word = -1;
        int end = Math.min(at, dump.length());
        for (int i = 0; i < end; i++) {
            char c = dump.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < dump.length() && dump.charAt(j) != c) {
                    j += dump.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
                word = -1;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                if (word < 0) {
                    word = i;
                }
            } else {
                if (c == '(') {
                    nodes.add(word >= 0 ? dump.substring(word, i) : "?");
                    fields.add("?");
                } else if (c == ')' && !nodes.isEmpty()) {
                    nodes.removeLast();
                    fields.removeLast();
                } else if (c == '=' && word >= 0 && !fields.isEmpty()) {
                    fields.set(fields.size() - 1, dump.substring(word, i));
                }
                word = -1;
            }
        }
        return nodes.isEmpty() ? "top level" : nodes.getLast() + "." + fields.getLast();
    }

    /** Path (relative to the Lib directory) to cause; each entry is "path  cause". */
    private static Map<String, String> readKnownFailures(Path list) throws IOException {
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
            int space = indexOfWhitespace(entry);
            if (space < 0 || entry.substring(space).isBlank()) {
                fail(list + ":" + lineno + ": each known failure needs a one-line cause after the path");
            }
            known.put(entry.substring(0, space), entry.substring(space).strip());
        }
        return known;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void writeReport(Path report, String summary, List<FileResult> results, Map<String, String> known,
                                    List<String> nowPassing, List<String> staleEntries) throws IOException {
        Map<String, Integer> categories = new TreeMap<>();
        for (FileResult r : results) {
            if (!r.identical()) {
                categories.merge(r.category(), 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder(summary).append("\n\nMismatch categories (files):\n");
        categories.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sb.append(String.format("%6d  %s%n", e.getValue(), e.getKey())));
        if (!nowPassing.isEmpty()) {
            sb.append("\nListed as known failures but now identical (remove them):\n");
            nowPassing.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        if (!staleEntries.isEmpty()) {
            sb.append("\nKnown-failure entries naming no corpus file:\n");
            staleEntries.forEach(p -> sb.append("  ").append(p).append('\n'));
        }
        List<FileResult> unlisted = results.stream().filter(r -> !r.identical() && !known.containsKey(r.path())).toList();
        if (!unlisted.isEmpty()) {
            sb.append("\nCandidate entries for tests/lib-corpus-known-failures.txt (check each cause before adding):\n");
            unlisted.forEach(r -> sb.append(r.path()).append("  ").append(r.category()).append('\n'));
        }
        sb.append("\nMismatches:\n");
        results.stream().filter(r -> !r.identical()).sorted(Comparator.comparing(FileResult::path)).forEach(r -> {
            sb.append(known.containsKey(r.path()) ? "KNOWN " : "NEW   ").append(r.path()).append("  [").append(r.category()).append("]\n  ")
                    .append(r.detail()).append('\n');
        });
        Files.createDirectories(report.getParent());
        Files.writeString(report, sb, StandardCharsets.UTF_8);
    }
}
