package org.pythebo.modules._sre.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * _sre's helper functions, and the JDK-based character properties the tests use, against what
 * CPython 3.11 answered for each code point of sre_helpers.txt.gz (written by
 * tests/tools/sre_cases.py): the ranges with the cased and special characters tests rely on.
 */
class SreFunctionsTest {
    private static final CharacterProperties JDK = JdkCharacterProperties.INSTANCE;
    /**
     * Characters whose case mapping or class Unicode 15 and 16 changed (the JDK follows 16,
     * Python 3.11 follows 14): the JDK-based properties cannot agree on these.
     */
    private static final Set<Integer> CHANGED_AFTER_UNICODE_14 = Set.of(0x19B, 0x264, 0x1C89,
            0x1C8A, 0xA7CB, 0xA7CC, 0xA7CD, 0xA7DA, 0xA7DB, 0xA7DC);

    @Test
    void helpersAgreeWithCPython() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (BufferedReader reader = SreCases.resource("sre_helpers.txt.gz")) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                int cp = Integer.parseInt(f[0], 16);
                if (CHANGED_AFTER_UNICODE_14.contains(cp)) {
                    continue;
                }
                String expected = String.join(" ", f);
                String actual = String.format("%x %d %d %x %x %d %d %d %d", cp,
                        bit(SreFunctions.asciiIscased(cp)), bit(SreFunctions.unicodeIscased(cp, JDK)),
                        SreFunctions.asciiTolower(cp), SreFunctions.unicodeTolower(cp, JDK),
                        bit(JDK.isDecimal(cp)), bit(JDK.isAlphanumeric(cp)), bit(JDK.isSpace(cp)),
                        bit(JDK.isLineBreak(cp)));
                if (!expected.equals(actual)) {
                    mismatches.add("expected " + expected + ", got " + actual);
                }
                checked++;
            }
        }
        assertTrue(checked > 10_000, "only " + checked + " code points");
        assertEquals(List.of(), mismatches);
    }

    @Test
    void codeSizeIsFourBytes() {
        assertEquals(4, SreFunctions.getcodesize());
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
