package org.pythebo.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Expected values that tests/tools/digest_cases.py wrote from CPython 3.11: tab-separated rows
 * whose first field says what kind of case the row is.
 */
public final class CpythonCases {

    private CpythonCases() {}

    /** The rows of {@code file} (under org/pythebo/modules) whose first field is {@code kind}. */
    public static List<String[]> rows(String file, String kind) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CpythonCases.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields[0].equals(kind)) {
                    rows.add(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no '" + kind + "' cases in " + file);
        }
        return rows;
    }

    /** The test input of digest_cases.py's pattern(length, seed). */
    public static byte[] pattern(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            long value = seed + 7L * i + (((long) i * i) >> 3);
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
