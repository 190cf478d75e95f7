package org.pythebo.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The syntax-error corpus: small invalid programs under tests/syntax_errors/, each of which
 * Pythebo must reject with CPython 3.11's exception type, message, line and offset, as recorded
 * in expected.tsv by tests/tools/regen_syntax_errors.py. Prints every mismatch; fails below
 * {@value #REQUIRED_PERCENT}% identical, and on any crash, hang or accepted program.
 */
class SyntaxErrorCorpusTest {
    private static final double REQUIRED_PERCENT = 99.0;
    private static final Duration PER_FILE_LIMIT = Duration.ofSeconds(10);

    /** One row of expected.tsv. */
    record Expected(String file, String type, String msg, int lineno, int offset) {
        String describe() {
            return type + ": " + msg + " (line " + lineno + ", offset " + offset + ")";
        }
    }

    @Test
    void invalidProgramsFailLikeCPython() throws IOException {
        Path corpus = Harness.root().resolve("tests/syntax_errors");
        List<Expected> expected = readExpected(corpus.resolve("expected.tsv"));
        checkInSync(corpus, expected);

        int identical = 0;
        List<String> mismatches = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Expected e : expected) {
            byte[] data = Files.readAllBytes(corpus.resolve(e.file()));
            IsolatedParse.Outcome outcome = IsolatedParse.run(data, e.file(), false, PER_FILE_LIMIT);
            if (outcome instanceof IsolatedParse.Rejected(var error)) {
                if (error.kind.name().equals(e.type()) && error.msg.equals(e.msg())
                        && error.lineno == e.lineno() && error.offset == e.offset()) {
                    identical++;
                } else {
                    mismatches.add(e.file() + "\n    CPython: " + e.describe() + "\n    Pythebo: " + IsolatedParse.describe(error));
                }
            } else {
                // Accepting an invalid program, crashing or hanging is never a near miss.
                broken.add(e.file() + "\n    CPython: " + e.describe() + "\n    Pythebo: " + IsolatedParse.describe(outcome));
            }
        }

        double percent = 100.0 * identical / expected.size();
        mismatches.forEach(m -> System.out.println("MISMATCH " + m));
        broken.forEach(m -> System.out.println("BROKEN   " + m));
        String summary = String.format("syntax-error corpus: %d programs, %d identical (%.1f%%), %d different errors, %d accepted/crashed/hung",
                expected.size(), identical, percent, mismatches.size(), broken.size());
        System.out.println(summary);
        if (!broken.isEmpty()) {
            fail(summary + "; first: " + broken.getFirst());
        }
        assertTrue(percent >= REQUIRED_PERCENT, summary + ": below the required " + REQUIRED_PERCENT + "%");
    }

    private static List<Expected> readExpected(Path tsv) throws IOException {
        assertTrue(Files.isRegularFile(tsv), "missing " + tsv + ": run tests/tools/regen_syntax_errors.py");
        List<Expected> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = Harness.fields(line);
            assertEquals(5, f.length, "malformed row in " + tsv + ": " + line);
            rows.add(new Expected(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4])));
        }
        assertTrue(rows.size() >= 200, "the corpus must hold at least 200 programs, not " + rows.size());
        return rows;
    }

    /** Every program must have its row, and every row its program: a stale expected.tsv would test nothing. */
    private static void checkInSync(Path corpus, List<Expected> expected) throws IOException {
        Set<String> programs = new TreeSet<>();
        try (Stream<Path> list = Files.list(corpus)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).forEach(programs::add);
        }
        Set<String> rows = new TreeSet<>(expected.stream().map(Expected::file).toList());
        if (!programs.equals(rows)) {
            Set<String> missing = new TreeSet<>(programs);
            missing.removeAll(rows);
            Set<String> extra = new TreeSet<>(rows);
            extra.removeAll(programs);
            fail("tests/syntax_errors/expected.tsv is out of date (run tests/tools/regen_syntax_errors.py): programs without a row "
                    + missing + ", rows without a program " + extra);
        }
    }
}
