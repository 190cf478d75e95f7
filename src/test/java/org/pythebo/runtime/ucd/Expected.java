package org.pythebo.runtime.ucd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * What CPython 3.11 answered, as {@code tests/tools/unicodedata/unicodedata_expected.py} recorded
 * it in {@code expected.txt.gz} (its docstring describes the sections). Parsed once per JVM.
 */
final class Expected {
    static final String LATEST = "14.0.0";
    static final String LEGACY = "3.2.0";
    static final int CODE_POINTS = 0x110000;

    private final Map<String, List<String>> sections;

    private Expected(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    private static final class Holder {
        static final Expected INSTANCE = load();
    }

    static Expected get() {
        return Holder.INSTANCE;
    }

    private static Expected load() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream raw = Expected.class.getResourceAsStream("expected.txt.gz")) {
            if (raw == null) {
                throw new IllegalStateException("expected.txt.gz is missing: run unicodedata_expected.py");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("@")) {
                    current = new ArrayList<>();
                    sections.put(line.substring(1), current);
                } else {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expected(sections);
    }

    /** The lines of section {@code header} (without its '@'); fails if there is none. */
    List<String> section(String header) {
        List<String> lines = sections.get(header);
        if (lines == null) {
            throw new IllegalStateException("expected.txt.gz has no section @" + header);
        }
        return lines;
    }

    /**
     * The value of each code point in run section {@code kind version what}: for 14.0.0 the runs
     * cover every code point; for 3.2.0 they override the 14.0.0 section's values.
     */
    String[] runs(String kind, String version, String what) {
        return runs(kind, version, what, CODE_POINTS);
    }

    /** Like {@link #runs(String, String, String)} over the values 0..size-1. */
    String[] runs(String kind, String version, String what, int size) {
        String suffix = what.isEmpty() ? "" : " " + what;
        String[] values = version.equals(LATEST) ? new String[size] : runs(kind, LATEST, what, size);
        for (String line : section(kind + " " + version + suffix)) {
            int space = line.indexOf(' ');
            int tab = line.indexOf('\t');
            int first = Integer.parseInt(line, 0, space, 16);
            int last = Integer.parseInt(line, space + 1, tab, 16);
            String value = line.substring(tab + 1);
            for (int cp = first; cp <= last; cp++) {
                values[cp] = value;
            }
        }
        for (int cp = 0; cp < values.length; cp++) {
            if (values[cp] == null) {
                throw new IllegalStateException("@" + kind + " " + version + suffix + " does not cover " + hex(cp));
            }
        }
        return values;
    }

    /**
     * The keyed lines of section {@code kind version} (key before the first tab, answer after);
     * for 3.2.0 they override the 14.0.0 section's, which lists every key.
     */
    Map<String, String> keyed(String kind, String version) {
        Map<String, String> answers = version.equals(LATEST) ? new LinkedHashMap<>() : keyed(kind, LATEST);
        for (String line : section(kind + " " + version)) {
            int tab = line.indexOf('\t');
            answers.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return answers;
    }

    /** Code points written as space-separated hex, as a string. */
    static String fromHex(String hex) {
        if (hex.isEmpty()) {
            return "";
        }
        String[] parts = hex.split(" ");
        int[] cps = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cps[i] = Integer.parseInt(parts[i], 16);
        }
        return new String(cps, 0, cps.length);
    }

    /** A string as space-separated hex code points, as the expected file writes them. */
    static String toHex(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(out.isEmpty() ? "" : " ").append(Integer.toHexString(cp).toUpperCase()));
        return out.toString();
    }

    static String hex(int cp) {
        return String.format("%04X", cp);
    }

    /** The string a JSON string literal (as Python's json.dumps writes it) stands for. */
    static String fromJson(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '"' || literal.charAt(literal.length() - 1) != '"') {
            throw new IllegalArgumentException("not a JSON string: " + literal);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = literal.charAt(++i);
            switch (escape) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal, i + 1, i + 5, 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '"', '\\', '/' -> out.append(escape);
                default -> throw new IllegalArgumentException("bad JSON escape in " + literal);
            }
        }
        return out.toString();
    }

    /** Collects the first mismatches of a comparison over many items, for one failure message. */
    static final class Mismatches {
        private static final int SHOWN = 25;
        private final String what;
        private final List<String> shown = new ArrayList<>();
        private int count;

        Mismatches(String what) {
            this.what = what;
        }

        /** Records a mismatch unless {@code ok}; the description is built only for one. */
        void check(boolean ok, Supplier<String> item, Object expected, Object actual) {
            if (!ok && count++ < SHOWN) {
                shown.add(item.get() + ": expected " + expected + ", got " + actual);
            }
        }

        void assertNone() {
            if (count > 0) {
                throw new AssertionError(what + ": " + count + " mismatches, first:\n  " + String.join("\n  ", shown));
            }
        }
    }
}
