package org.pythebo.modules._sre.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case CPython 3.11 recorded (tests/tools/sre_cases.py) on the Java engine, on each
 * subject representation, and compares match, fullmatch, search and finditer results: spans of
 * all groups and lastindex.
 */
class SreCasesTest {
    private static final String[] OPERATIONS = {"match", "fullmatch", "search", "finditer"};

    @Test
    void theCasesCoverWhatTheyShould() throws IOException {
        List<SreCases.Case> cases = SreCases.load();
        assertTrue(cases.size() > 5000, "only " + cases.size() + " cases");
        long used = 0;
        boolean[] atCodes = new boolean[Opcodes.AT_CODE_COUNT];
        boolean[] categories = new boolean[Opcodes.CATEGORY_CODE_COUNT];
        for (SreCases.Case c : cases) {
            used |= CompiledPattern.compile(c.code(), c.flags(), c.groups(),
                    JdkCharacterProperties.INSTANCE).operationsUsed;
            int[] code = c.code();
            for (int i = 0; i + 1 < code.length; i++) {
                if (code[i] == Opcodes.AT && code[i + 1] >= 0 && code[i + 1] < atCodes.length) {
                    atCodes[code[i + 1]] = true;
                }
                if (code[i] == Opcodes.CATEGORY && code[i + 1] >= 0 && code[i + 1] < categories.length) {
                    categories[code[i + 1]] = true;
                }
            }
        }
        for (int op = 0; op < Opcodes.OPCODE_COUNT; op++) {
            // SUBPATTERN is only ever in the parser's output; CATEGORY outside sets is not emitted.
            if (op != Opcodes.SUBPATTERN) {
                assertTrue((used & (1L << op)) != 0, "no case uses operation " + op);
            }
        }
        for (int at = 0; at < atCodes.length; at++) {
            assertTrue(atCodes[at], "no case uses AT code " + at);
        }
        for (int category = 0; category < categories.length; category++) {
            assertTrue(categories[category], "no case uses category " + category);
        }
    }

    @TestFactory
    Stream<DynamicTest> cpythonCases() throws IOException {
        List<SreCases.Case> cases = SreCases.load();
        Map<String, CompiledPattern> compiled = new HashMap<>();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> {
            CompiledPattern pattern = compiled.computeIfAbsent(c.compileLine(),
                    k -> CompiledPattern.compile(c.code(), c.flags(), c.groups(),
                            JdkCharacterProperties.INSTANCE));
            assertFalse(c.expected().isEmpty(), "case without expectations");
            for (Map.Entry<String, Subject> subject : SreCases.subjects(c).entrySet()) {
                for (String operation : OPERATIONS) {
                    String expected = c.expected().get(operation);
                    if (expected == null) {
                        continue;
                    }
                    List<String> listed = new ArrayList<>();
                    String actual = SreCases.run(pattern, subject.getValue(), c, operation, listed);
                    String where = operation + " on " + subject.getKey();
                    assertEquals(expected, actual, where);
                    if (operation.equals("finditer")) {
                        assertEquals(c.expectedMatches(), listed, where + " matches");
                    }
                }
            }
        }));
    }
}
