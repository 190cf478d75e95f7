package org.pythebo.parity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parity tests find their inputs and put their outputs, and the small text helpers
 * they share. Locations can be overridden with system properties: {@code pythebo.root} (the
 * repository, default the working directory), {@code pythebo.target} (default root/target),
 * {@code pythebo.python} (default /usr/bin/python3.11).
 */
final class Harness {
    private Harness() {}

    static final Path CPYTHON_LIB = Path.of("/usr/lib/python3.11");

    static Path root() {
        Path root = Path.of(System.getProperty("pythebo.root", "")).toAbsolutePath();
        assertTrue(Files.isDirectory(root.resolve("tests")),
                "no tests/ directory under " + root + " (run from the repository or set -Dpythebo.root)");
        return root;
    }

    static Path target() {
        String configured = System.getProperty("pythebo.target");
        return configured != null ? Path.of(configured).toAbsolutePath() : root().resolve("target");
    }

    /** CPython 3.11, which produces every expected output; its absence is a failure, not a skip. */
    static Path python() {
        Path python = Path.of(System.getProperty("pythebo.python", "/usr/bin/python3.11"));
        assertTrue(Files.isExecutable(python), "CPython 3.11 not found at " + python
                + ": the parity tests need it (set -Dpythebo.python)");
        return python;
    }

    /** Runs a Python tool script with PYTHONHASHSEED=0, echoing its output, and fails unless it succeeds. */
    static void runPython(Path script, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(python().toString());
        command.add(script.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("PYTHONHASHSEED", "0");
        int status = builder.start().waitFor();
        if (status != 0) {
            fail(script.getFileName() + " failed with exit status " + status + ": " + String.join(" ", command));
        }
    }

    /** Undoes the escaping of the tools' tab-separated records (backslash, tab, CR, LF). */
    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char e = field.charAt(++i);
                sb.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits a record on tabs, keeping empty fields, and unescapes each field. */
    static String[] fields(String line) {
        String[] parts = line.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = unescape(parts[i]);
        }
        return parts;
    }

    /** Index of the first character where the two strings differ, or -1 when equal. */
    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return a.length() == b.length() ? -1 : n;
    }

    /** Up to {@code radius} characters either side of {@code at}, on one line. */
    static String around(String s, int at, int radius) {
        int from = Math.max(0, at - radius);
        int to = Math.min(s.length(), at + radius);
        return (from > 0 ? "..." : "") + s.substring(from, to).replace("\n", "\\n") + (to < s.length() ? "..." : "");
    }
}
