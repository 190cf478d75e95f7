package org.pythebo.parity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness: whatever the input, a parse ends in a module or a ParseError, never in another
 * throwable (StackOverflowError included) and never in a hang.
 *
 * <p>{@link #mutatedLibFiles()} damages real library files at random with a fixed, printed seed
 * ({@code -Dpythebo.fuzz.seed}, {@code -Dpythebo.fuzz.count}); input {@code i} depends only on the
 * seed and {@code i}, so {@code -Dpythebo.fuzz.only=i} replays one. Failing inputs are written to
 * target/fuzz-failures/. {@link #pathologicalInputs()} feeds handcrafted extremes.
 */
class FuzzTest {
    private static final long DEFAULT_SEED = 0x5079_7468_6562_6fL;
    private static final int DEFAULT_COUNT = 5000;
    private static final Duration PER_INPUT_LIMIT = Duration.ofSeconds(5);
    private static final Duration PATHOLOGICAL_LIMIT = Duration.ofSeconds(10);
    private static final int MAX_SAVED = 100;

    /** Library files of varied size and style: plain modules, grammar-heavy tests, odd encodings. */
    private static final List<String> SEEDS = List.of(
            "__future__.py", "abc.py", "argparse.py", "ast.py", "asyncio/tasks.py", "bisect.py", "colorsys.py",
            "contextlib.py", "dataclasses.py", "email/_header_value_parser.py", "enum.py", "fractions.py",
            "functools.py", "inspect.py", "json/decoder.py", "keyword.py", "lib2to3/tests/data/py2_test_grammar.py",
            "re/_parser.py", "string.py", "test/badsyntax_future3.py", "test/encoded_modules/module_iso_8859_1.py",
            "test/test_coroutines.py", "test/test_exceptions.py", "test/test_fstring.py", "test/test_grammar.py",
            "test/test_named_expressions.py", "test/test_patma.py", "test/test_pep646_syntax.py",
            "test/test_string_literals.py", "test/test_syntax.py", "test/test_tokenize.py",
            "test/test_unicode_identifiers.py", "textwrap.py", "this.py", "tokenize.py", "typing.py", "unittest/mock.py");

    /** Fragments whose insertion tends to hit error paths: brackets, quotes, prefixes, line structure. */
    private static final String[] INSERTIONS = {
            "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", ":", ";", ",", "\\", "\\\n", "\t", "\n", "\r",
            "\r\n", " ", "    ", "#", "f'", "f\"{", "rb'", "b'\u00e9", "\\N{", "\\x", "\\u12", "{", "}}", "!r", "=",
            ":=", "*", "**", "->", "@", ".", "...", "0x", "0b2", "1_", "1e", "0777", "lambda", "yield", "await",
            "async ", "match ", "case ", "except*", "if", "else", "not", "is", "in", "del ", "import ", "from ",
            "\u00e9", "\u20ac", "\u00a0", "\ufeff", "\0", "\u0001", "\ud7ff", "\uFFFF", "$", "?", "`", "<>"};

    private static final String[] DAMAGES = {"flip", "delete", "insert", "duplicate-line", "indent", "truncate", "swap-lines"};

    @Test
    void mutatedLibFiles() throws Exception {
        long seed = Long.getLong("pythebo.fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("pythebo.fuzz.count", DEFAULT_COUNT);
        List<byte[]> sources = readSources();
        System.out.printf("fuzz: seed %d (-Dpythebo.fuzz.seed), %d inputs from %d library files%n", seed, count, sources.size());

        Integer only = Integer.getInteger("pythebo.fuzz.only");
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (only == null || only == i) {
                indices.add(i);
            }
        }
        clearFailures("fuzz-");
        long start = System.nanoTime();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int[] tally = new int[2];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int index : indices) {
                futures.add(pool.submit(() -> {
                    Mutant mutant = mutate(sources, seed, index);
                    IsolatedParse.Outcome outcome = IsolatedParse.run(mutant.data(), "fuzz-" + index + ".py", true, PER_INPUT_LIMIT);
                    switch (outcome) {
                        case IsolatedParse.Accepted a -> { synchronized (tally) { tally[0]++; } }
                        case IsolatedParse.Rejected r -> { synchronized (tally) { tally[1]++; } }
                        default -> {
                            String summary = "seed " + seed + " index " + index + " (" + mutant.recipe() + "): " + IsolatedParse.describe(outcome);
                            // Keep the first inputs only: when everything fails, thousands of copies help nobody.
                            if (failures.size() < MAX_SAVED) {
                                save("fuzz-" + seed + "-" + index, mutant.data(), summary, outcome);
                            }
                            failures.add(summary);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("fuzz: %d inputs in %.1f s: %d accepted, %d rejected with ParseError, %d failures%n",
                indices.size(), (System.nanoTime() - start) / 1e9, tally[0], tally[1], failures.size());
        if (!failures.isEmpty()) {
            Collections.sort(failures);
            fail(failures.size() + " fuzz inputs neither parsed nor raised ParseError (seed " + seed + "; inputs in "
                    + Harness.target().resolve("fuzz-failures") + "):\n  " + String.join("\n  ", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    static List<byte[]> readSources() throws IOException {
        List<byte[]> sources = new ArrayList<>();
        for (String name : SEEDS) {
            Path file = Harness.CPYTHON_LIB.resolve(name);
            assertTrue(Files.isRegularFile(file), "fuzz seed file missing: " + file);
            sources.add(Files.readAllBytes(file));
        }
        return sources;
    }

    /** A damaged input and how it was made. */
    record Mutant(byte[] data, String recipe) {}

    /** Input {@code index} of the run with {@code seed}: a whole file or a run of its lines, damaged one to four times. */
    static Mutant mutate(List<byte[]> sources, long seed, int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int which = random.nextInt(SEEDS.size());
        byte[] source = sources.get(which);
        StringBuilder recipe = new StringBuilder(SEEDS.get(which));
        List<byte[]> lines = splitLines(source);
        // Mostly a window of lines, so that inputs stay small and varied; sometimes the whole file.
        if (random.nextInt(10) < 7 && lines.size() > 1) {
            int from = random.nextInt(lines.size());
            int to = Math.min(lines.size(), from + 1 + random.nextInt(200));
            lines = new ArrayList<>(lines.subList(from, to));
            recipe.append(" lines ").append(from + 1).append('-').append(to);
        } else {
            lines = new ArrayList<>(lines);
        }
        int damages = 1 + random.nextInt(4);
        for (int d = 0; d < damages && !lines.isEmpty(); d++) {
            String damage = DAMAGES[random.nextInt(DAMAGES.length)];
            recipe.append(", ").append(damage);
            int at = random.nextInt(lines.size());
            byte[] line = lines.get(at);
            switch (damage) {
                case "flip" -> {
                    if (line.length > 0) {
                        line = line.clone();
                        line[random.nextInt(line.length)] = (byte) random.nextInt(256);
                        lines.set(at, line);
                    }
                }
                case "delete" -> {
                    if (line.length > 0) {
                        int from = random.nextInt(line.length);
                        int to = Math.min(line.length, from + 1 + random.nextInt(16));
                        lines.set(at, concat(slice(line, 0, from), slice(line, to, line.length)));
                    }
                }
                case "insert" -> {
                    int where = random.nextInt(line.length + 1);
                    byte[] fragment = INSERTIONS[random.nextInt(INSERTIONS.length)].getBytes(StandardCharsets.UTF_8);
                    lines.set(at, concat(slice(line, 0, where), fragment, slice(line, where, line.length)));
                }
                case "duplicate-line" -> lines.add(at, line);
                case "indent" -> lines.set(at, damageIndent(line, random));
                case "truncate" -> {
                    int where = random.nextInt(line.length + 1);
                    lines.set(at, slice(line, 0, where));
                    lines.subList(at + 1, lines.size()).clear();
                }
                case "swap-lines" -> Collections.swap(lines, at, random.nextInt(lines.size()));
                default -> throw new IllegalStateException(damage);
            }
        }
        return new Mutant(concat(lines.toArray(byte[][]::new)), recipe.toString());
    }

    private static byte[] damageIndent(byte[] line, Random random) {
        int indent = 0;
        while (indent < line.length && (line[indent] == ' ' || line[indent] == '\t')) {
            indent++;
        }
        byte[] body = slice(line, indent, line.length);
        return switch (random.nextInt(4)) {
            case 0 -> concat(" ".repeat(1 + random.nextInt(8)).getBytes(StandardCharsets.US_ASCII), line);
            case 1 -> concat(slice(line, 0, Math.max(0, indent - 1 - random.nextInt(4))), body);
            case 2 -> concat("\t".repeat(1 + indent / 8).getBytes(StandardCharsets.US_ASCII), body);
            default -> concat(slice(line, 0, indent), "\t".getBytes(StandardCharsets.US_ASCII), body);
        };
    }

    private static List<byte[]> splitLines(byte[] data) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                lines.add(slice(data, start, i + 1));
                start = i + 1;
            }
        }
        if (start < data.length) {
            lines.add(slice(data, start, data.length));
        }
        return lines;
    }

    private static byte[] slice(byte[] data, int from, int to) {
        return java.util.Arrays.copyOfRange(data, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Removes inputs saved by an earlier run, so that target/fuzz-failures/ shows this run only. */
    private static void clearFailures(String prefix) throws IOException {
        Path dir = Harness.target().resolve("fuzz-failures");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void save(String name, byte[] data, String summary, IsolatedParse.Outcome outcome) {
        try {
            Path dir = Harness.target().resolve("fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".py"), data);
            StringBuilder text = new StringBuilder(summary).append('\n');
            if (outcome instanceof IsolatedParse.Crashed(Throwable t)) {
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(frames.length, 40); i++) {
                    text.append("    at ").append(frames[i]).append('\n');
                }
            }
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> pathologicalInputs() throws IOException {
        clearFailures("pathological-");
        return Stream.of(
                        pathological("100k_open_parens", () -> "(".repeat(100_000)),
                        pathological("100k_open_brackets", () -> "[".repeat(100_000)),
                        pathological("100k_open_braces", () -> "{".repeat(100_000)),
                        pathological("100k_balanced_parens", () -> "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n"),
                        pathological("100k_balanced_brackets", () -> "[".repeat(100_000) + "]".repeat(100_000) + "\n"),
                        pathological("100k_unary_minus", () -> "-".repeat(100_000) + "1\n"),
                        pathological("100k_not", () -> "not ".repeat(100_000) + "x\n"),
                        pathological("100k_await", () -> "async def f():\n    " + "await ".repeat(100_000) + "x\n"),
                        pathological("100k_power_chain", () -> "2**".repeat(100_000) + "2\n"),
                        pathological("100k_attribute_chain", () -> "a" + ".a".repeat(100_000) + "\n"),
                        pathological("100k_call_chain", () -> "f" + "()".repeat(100_000) + "\n"),
                        pathological("100k_subscript_chain", () -> "a" + "[0]".repeat(100_000) + "\n"),
                        pathological("100k_lambda_chain", () -> "lambda: ".repeat(100_000) + "0\n"),
                        pathological("100k_conditional_chain", () -> "a if b else ".repeat(100_000) + "c\n"),
                        pathological("100k_comparison_chain", () -> "a" + " < a".repeat(100_000) + "\n"),
                        pathological("500k_additions_one_line", () -> "x = a" + " + a".repeat(500_000) + "\n"),
                        pathological("100k_elif_chain", () -> "if a: pass\n" + "elif a: pass\n".repeat(100_000)),
                        pathological("5k_if_nesting", FuzzTest::nestedIfs),
                        pathological("100k_decorators", () -> "@d\n".repeat(100_000) + "def f(): pass\n"),
                        pathological("100k_implicit_concatenation", () -> "x = " + "'a' ".repeat(100_000) + "\n"),
                        pathological("10k_fstring_fields", () -> "f'" + "{a}".repeat(10_000) + "'\n"),
                        pathological("100k_backslash_continuations", () -> "x = 1" + " + \\\n1".repeat(100_000) + "\n"),
                        pathological("200k_lines", () -> "x = 1\n".repeat(200_000)),
                        pathological("10mb_string_literal", () -> "x = '" + "a".repeat(10_000_000) + "'\n"),
                        pathological("10mb_triple_quoted_string", () -> "x = '''" + "ab\n".repeat(3_500_000) + "'''\n"),
                        pathological("1mb_identifier", () -> "a".repeat(1_000_000) + " = 1\n"),
                        pathological("1mb_number", () -> "x = " + "9".repeat(1_000_000) + "\n"),
                        pathological("1mb_comment_line", () -> "#" + "c".repeat(1_000_000) + "\nx = 1\n"),
                        pathological("10mb_single_line", () -> "x = [" + "1, ".repeat(3_000_000) + "]\n"),
                        pathological("100k_unclosed_strings", () -> "'\n".repeat(100_000)),
                        pathological("nul_at_start", () -> "\0"),
                        pathological("nul_in_code", () -> "x = 1\0\n"),
                        pathological("nul_in_string", () -> "x = 'a\0b'\n"),
                        pathological("nul_in_comment", () -> "# a\0b\nx = 1\n"),
                        pathological("nul_after_cookie", () -> "# coding: latin-1\n\0\n"),
                        pathological("only_bom", () -> "\ufeff"),
                        pathological("empty", () -> ""),
                        pathological("lone_surrogate_escape", () -> "x = '\\ud800'\n"),
                        pathological("100k_tabs_indent", () -> "if x:\n" + "\t".repeat(100_000) + "pass\n"),
                        pathological("100k_spaces_indent", () -> "if x:\n" + " ".repeat(100_000) + "pass\n"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    byte[] data = c.source().get();
                    IsolatedParse.Outcome outcome = IsolatedParse.run(data, c.name() + ".py", false, PATHOLOGICAL_LIMIT);
                    if (!(outcome instanceof IsolatedParse.Accepted || outcome instanceof IsolatedParse.Rejected)) {
                        String summary = c.name() + ": " + IsolatedParse.describe(outcome);
                        save("pathological-" + c.name(), data, summary, outcome);
                        fail(summary);
                    }
                }));
    }

    record Pathological(String name, Supplier<byte[]> source) {}

    private static Pathological pathological(String name, Supplier<String> source) {
        return new Pathological(name, () -> source.get().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Nesting by indentation costs a column per level, so the source grows with the square of
     * the depth: 5k levels is 12 MB (50k would be 1.25 GB). CPython stops at 100 levels.
     */
    private static String nestedIfs() {
        int levels = 5_000;
        StringBuilder sb = new StringBuilder(levels * (levels + 12) / 2);
        for (int depth = 0; depth < levels; depth++) {
            sb.repeat(' ', depth).append("if x:\n");
        }
        return sb.repeat(' ', levels).append("pass\n").toString();
    }
}
