package org.pythebo.modules._sre.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the cases CPython 3.11 recorded (tests/tools/sre_cases.py) on the Java engine, on each
 * subject representation, and compares match, fullmatch, search and finditer results: spans of
 * all groups and lastindex. The deep cases are DeepMatchingTest's.
 */
class SreCasesTest {
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

    /** One test per compiled pattern (a few cases each), which keeps the test framework's share of the time small. */
    @TestFactory
    Stream<DynamicTest> cpythonCases() throws IOException {
        Map<String, List<SreCases.Case>> byPattern = new LinkedHashMap<>();
        for (SreCases.Case c : SreCases.load()) {
            if (!SreCases.isDeep(c)) {
                byPattern.computeIfAbsent(c.compileLine(), k -> new ArrayList<>()).add(c);
            }
        }
        return byPattern.values().stream().map(group -> {
            SreCases.Case first = group.get(0);
            String title = first.title();
            String name = title.substring(0, Math.max(title.indexOf(" subject="), 0)) + " (" + group.size() + " cases)";
            return DynamicTest.dynamicTest(name, () -> {
                CompiledPattern pattern = CompiledPattern.compile(first.code(), first.flags(), first.groups(),
                        JdkCharacterProperties.INSTANCE);
                for (SreCases.Case c : group) {
                    SreCases.check(pattern, c);
                }
            });
        });
    }
}
