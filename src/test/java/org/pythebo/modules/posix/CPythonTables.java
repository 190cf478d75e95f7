package org.pythebo.modules.posix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what tests/tools/libc_tables.py wrote about CPython 3.11: the committed
 * tests/libc/cpython_tables.tsv, or the live answers of /usr/bin/python3.11 on this machine.
 */
final class CPythonTables {
    private CPythonTables() {
    }

    static final Path PYTHON = Path.of("/usr/bin/python3.11");

    /** One row: section, key, value (unescaped). */
    record Row(String section, String key, String value) {
    }

    static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("tests/tools"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** The rows of the committed table for one section, in file order. */
    static List<Row> committed(String section) {
        try {
            return parse(Files.readAllLines(repoRoot().resolve("tests/libc/cpython_tables.tsv"), StandardCharsets.UTF_8))
                    .stream().filter(row -> row.section.equals(section)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs libc_tables.py --live {@code path} with /usr/bin/python3.11 and returns its rows. */
    static List<Row> live(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PYTHON.toString(),
                repoRoot().resolve("tests/tools/libc_tables.py").toString(), "--live", path.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("libc_tables.py --live failed");
        }
        return parse(List.of(new String(output, StandardCharsets.UTF_8).split("\n")));
    }

    private static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalArgumentException("not section<TAB>key<TAB>value: " + line);
            }
            rows.add(new Row(fields[0], unescape(fields[1]), unescape(fields[2])));
        }
        return rows;
    }

    private static String unescape(String field) {
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                text.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
