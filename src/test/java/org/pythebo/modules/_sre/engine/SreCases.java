package org.pythebo.modules._sre.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The cases tests/tools/sre_cases.py recorded from CPython 3.11 (sre_cases.txt.gz; the format is
 * described there), and how to run one on the Java engine producing the same textual results.
 * The cases are read once per test JVM and shared by the test classes.
 */
final class SreCases {
    static final String RESOURCE = "sre_cases.txt.gz";
    static final int LISTED_MATCHES = 20;

    /** One recorded case: what to compile, what to match, and CPython's answers by operation. */
    record Case(int number, String title, String compileLine, int flags, int groups, int[] code,
                boolean isBytes, int[] units, int pos, int endpos, Map<String, String> expected,
                List<String> expectedMatches) {
        @Override
        public String toString() {
            return title;
        }
    }

    private SreCases() {
    }

    private static List<Case> loaded;

    /** Every recorded case, in order; unmodifiable. */
    static synchronized List<Case> load() throws IOException {
        if (loaded == null) {
            loaded = List.copyOf(read());
        }
        return loaded;
    }

    /**
     * Whether a case has a huge subject or a deeply nested pattern: DeepMatchingTest runs those
     * on a small Java stack, the other cases SreCasesTest runs.
     */
    static boolean isDeep(Case c) {
        return c.units().length >= 100_000 || c.code().length >= 1_000;
    }

    /** The lines of a gzipped ASCII resource next to this class. */
    static BufferedReader resource(String name) throws IOException {
        InputStream in = SreCases.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.US_ASCII));
    }

    private static List<Case> read() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = resource(RESOURCE)) {
            String line;
            String title = null;
            String compileLine = null;
            int[] code = null;
            int flags = 0;
            int groups = 0;
            boolean isBytes = false;
            int[] units = null;
            int pos = 0;
            int endpos = 0;
            Map<String, String> expected = new HashMap<>();
            List<String> matches = new ArrayList<>();
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String key = space < 0 ? line : line.substring(0, space);
                String rest = space < 0 ? "" : line.substring(space + 1);
                switch (key) {
                    case "case" -> {
                        title = line;
                        expected = new HashMap<>();
                        matches = new ArrayList<>();
                    }
                    case "compile" -> {
                        compileLine = rest;
                        String[] words = rest.split(" ");
                        flags = Integer.parseInt(words[0]);
                        groups = Integer.parseInt(words[1]);
                        code = new int[words.length - 2];
                        for (int i = 0; i < code.length; i++) {
                            code[i] = (int) Long.parseLong(words[i + 2]);
                        }
                    }
                    case "subject" -> {
                        String[] words = rest.split(" ");
                        isBytes = words[0].equals("bytes");
                        units = decodeSegments(words);
                    }
                    case "range" -> {
                        String[] words = rest.split(" ");
                        pos = Integer.parseInt(words[0]);
                        endpos = Integer.parseInt(words[1]);
                    }
                    case "match", "fullmatch", "search", "finditer" -> expected.put(key, rest);
                    case "m" -> matches.add(rest);
                    case "end" -> cases.add(new Case(cases.size() + 1, title, compileLine, flags,
                            groups, code, isBytes, units, pos, endpos, expected, matches));
                    default -> throw new IOException("bad line in " + RESOURCE + ": " + line);
                }
            }
        }
        return cases;
    }

    private static int[] decodeSegments(String[] words) {
        List<int[]> parts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        long total = 0;
        for (int w = 1; w < words.length; w++) {
            String word = words[w];
            int star = word.indexOf('*');
            int count = Integer.parseInt(word.substring(0, star));
            String body = word.substring(star + 1);
            int[] unit;
            if (body.equals("-")) {
                unit = new int[0];
            } else {
                String[] hex = body.split("\\.");
                unit = new int[hex.length];
                for (int i = 0; i < hex.length; i++) {
                    unit[i] = Integer.parseInt(hex[i], 16);
                }
            }
            parts.add(unit);
            counts.add(count);
            total += (long) unit.length * count;
        }
        int[] out = new int[Math.toIntExact(total)];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            int[] unit = parts.get(i);
            for (int k = counts.get(i); k > 0; k--) {
                System.arraycopy(unit, 0, out, at, unit.length);
                at += unit.length;
            }
        }
        return out;
    }

    /** The subject representations a case can be run on: every one must give the same answers. */
    static Map<String, Subject> subjects(Case c) {
        Map<String, Subject> out = new HashMap<>();
        int[] units = c.units();
        if (c.isBytes()) {
            byte[] padded = new byte[units.length + 3];
            for (int i = 0; i < units.length; i++) {
                padded[i + 2] = (byte) units[i];
            }
            out.put("bytes", Subject.ofBytes(padded, 2, units.length));
            return out;
        }
        boolean surrogates = false;
        boolean latin1 = true;
        for (int u : units) {
            surrogates |= u >= 0xD800 && u <= 0xDFFF;
            latin1 &= u < 256;
        }
        int[] padded = new int[units.length + 2];
        System.arraycopy(units, 0, padded, 1, units.length);
        out.put("code points", Subject.ofCodePoints(padded, 1, units.length));
        if (!surrogates) {
            out.put("String", Subject.ofString(new String(units, 0, units.length)));
        }
        if (latin1 && units.length < 1000) {
            byte[] chars = new byte[units.length];
            for (int i = 0; i < units.length; i++) {
                chars[i] = (byte) units[i];
            }
            out.put("latin-1", Subject.ofLatin1(chars, 0, chars.length));
        }
        return out;
    }

    private static final String[] OPERATIONS = {"match", "fullmatch", "search", "finditer"};

    /** Asserts that every recorded operation of {@code c} gives CPython's answer on every subject representation. */
    static void check(CompiledPattern pattern, Case c) {
        assertFalse(c.expected().isEmpty(), "case without expectations: " + c.title());
        for (Map.Entry<String, Subject> subject : subjects(c).entrySet()) {
            for (String operation : OPERATIONS) {
                String expected = c.expected().get(operation);
                if (expected == null) {
                    continue;
                }
                List<String> listed = new ArrayList<>();
                String actual = run(pattern, subject.getValue(), c, operation, listed);
                String where = c.title() + ": " + operation + " on " + subject.getKey();
                assertEquals(expected, actual, where);
                if (operation.equals("finditer")) {
                    assertEquals(c.expectedMatches(), listed, where + " matches");
                }
            }
        }
    }

    /** The answer the Java engine gives for {@code operation}, in the recorded format. */
    static String run(CompiledPattern pattern, Subject subject, Case c, String operation,
                      List<String> listed) {
        Matcher m = pattern.matcher(subject, c.pos(), c.endpos());
        switch (operation) {
            case "match":
                return m.match() ? result(m) : "none";
            case "fullmatch":
                return m.fullmatch() ? result(m) : "none";
            case "search":
                return m.search() ? result(m) : "none";
            case "finditer": {
                long hash = 0;
                int count = 0;
                while (m.search()) {
                    String r = result(m);
                    if (r.equals("error")) {
                        return "error";
                    }
                    count++;
                    hash = fold(hash, m);
                    if (listed.size() < LISTED_MATCHES) {
                        listed.add(r);
                    }
                }
                return count + " " + Long.toUnsignedString(hash);
            }
            default:
                throw new IllegalArgumentException(operation);
        }
    }

    private static String result(Matcher m) {
        int[] regs = m.regs();
        StringBuilder sb = new StringBuilder();
        sb.append(m.lastIndex());
        for (int i = 0; i < regs.length; i += 2) {
            if (regs[i] > regs[i + 1]) {
                return "error";
            }
            sb.append(' ').append(regs[i]).append(' ').append(regs[i + 1]);
        }
        return sb.toString();
    }

    private static long fold(long hash, Matcher m) {
        hash = hash * 31 + m.lastIndex() + 2;
        for (int v : m.regs()) {
            hash = hash * 31 + v + 2;
        }
        return hash;
    }
}
