package org.pythebo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a script under CPython 3.11 once for a whole batch of cases: the script reads its input
 * from stdin and its output lines are the expected values. Tests never hand-type expected output.
 */
public final class PythonOracle {
    private PythonOracle() {}

    public static Path python() {
        Path python = Path.of(System.getProperty("pythebo.python", "/usr/bin/python3.11"));
        assertTrue(Files.isExecutable(python), "CPython 3.11 not found at " + python);
        return python;
    }

    /** Runs {@code script} with {@code input} (one item a line) on stdin and returns its output lines. */
    public static List<String> run(String script, List<String> input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python().toString(), "-c", script);
        builder.environment().put("PYTHONIOENCODING", "utf-8:surrogateescape");
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        Thread writer = Thread.ofVirtual().start(() -> {
            try (OutputStream out = process.getOutputStream()) {
                out.write(String.join("\n", input).concat("\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        writer.join();
        assertEquals(0, process.waitFor(), "python3.11 failed");
        return output.lines().toList();
    }

    /** Fails listing the first differing lines, each with the case that produced it. */
    public static void assertSameLines(List<String> expected, List<String> actual, List<String> cases) {
        assertEquals(expected.size(), actual.size(), "line counts differ");
        StringBuilder report = new StringBuilder();
        int failures = 0;
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                if (++failures <= 20) {
                    report.append("\ncase:     ").append(cases.get(i)).append("\nexpected: ").append(expected.get(i))
                            .append("\nactual:   ").append(actual.get(i));
                }
            }
        }
        if (failures > 0) {
            fail(failures + " of " + expected.size() + " cases differ:" + report);
        }
    }
}
