package org.pythebo.modules._sre.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher's contract beyond single results: interrupt checks, sharing a pattern between
 * threads, rejecting malformed code, subjects with surrogates, and the scanner's state between
 * calls. Patterns and expectations are taken from the CPython-recorded cases.
 */
class MatcherApiTest {
    private static List<SreCases.Case> cases;

    @BeforeAll
    static void load() throws IOException {
        cases = SreCases.load();
    }

    private static SreCases.Case find(String titleStart) {
        for (SreCases.Case c : cases) {
            if (c.title().startsWith(titleStart, c.title().indexOf(' ', 5) + 1)) {
                return c;
            }
        }
        throw new AssertionError("no recorded case " + titleStart);
    }

    private static CompiledPattern compile(SreCases.Case c) {
        return CompiledPattern.compile(c.code(), c.flags(), c.groups(), JdkCharacterProperties.INSTANCE);
    }

    private static Subject subject(SreCases.Case c) {
        return Subject.ofCodePoints(c.units(), 0, c.units().length);
    }

    @Test
    void theInterruptCheckCanEndALongMatch() {
        SreCases.Case c = find("'(a|aa)*c' flags=0 subject='aaaaaaaaaaaaaaaaaaaaaa'");
        Matcher m = compile(c).matcher(subject(c));
        AtomicInteger calls = new AtomicInteger();
        m.setInterruptCheck(() -> {
            if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("interrupted");
            }
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, m::match);
        assertEquals("interrupted", e.getMessage());
        assertEquals(3, calls.get());
    }

    @Test
    void theInterruptCheckIsCalledAndLeavesResultsAlone() {
        SreCases.Case c = find("'(x+x+)+y' flags=0");
        Matcher m = compile(c).matcher(subject(c));
        AtomicInteger calls = new AtomicInteger();
        m.setInterruptCheck(calls::incrementAndGet);
        assertEquals("none", c.expected().get("match"));
        assertFalse(m.match());
        assertTrue(calls.get() > 10, "only " + calls.get() + " checks");
    }

    @Test
    void onePatternServesManyThreadsAtOnce() throws Exception {
        List<SreCases.Case> sample = new ArrayList<>();
        for (SreCases.Case c : cases) {
            if (c.number() % 37 == 0 && c.units().length < 1000) {
                sample.add(c);
            }
        }
        List<CompiledPattern> patterns = new ArrayList<>();
        for (SreCases.Case c : sample) {
            patterns.add(compile(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < sample.size(); i++) {
                            SreCases.Case c = sample.get(i);
                            String actual = SreCases.run(patterns.get(i), subject(c), c, "search",
                                    new ArrayList<>());
                            if (!actual.equals(c.expected().get("search"))) {
                                wrong.add(c.title());
                            }
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> f : results) {
                assertEquals(List.of(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(sample.size() > 100);
    }

    @Test
    void malformedCodeIsRejected() {
        SreCases.Case c = find("'(a|ab)(c|bcd)' flags=0");
        int[] good = c.code();
        compile(c);
        List<int[]> bad = new ArrayList<>();
        bad.add(Arrays.copyOf(good, good.length - 1));
        bad.add(Arrays.copyOf(good, good.length - 3));
        int[] unknown = good.clone();
        unknown[unknown.length - 1] = 99;
        bad.add(unknown);
        for (int i = 0; i < good.length; i++) {
            if (good[i] == Opcodes.MARK) {
                int[] markTooHigh = good.clone();
                markTooHigh[i + 1] = 2 * c.groups();
                bad.add(markTooHigh);
                break;
            }
        }
        for (int i = 0; i < good.length; i++) {
            if (good[i] == Opcodes.BRANCH) {
                int[] skipTooFar = good.clone();
                skipTooFar[i + 1] = 1000;
                bad.add(skipTooFar);
                int[] skipTooShort = good.clone();
                skipTooShort[i + 1] = 2;
                bad.add(skipTooShort);
                break;
            }
        }
        int[] infoTooLong = good.clone();
        infoTooLong[1] = good.length;
        bad.add(infoTooLong);
        assertEquals(7, bad.size());
        for (int[] code : bad) {
            assertThrows(InvalidCodeException.class, () -> CompiledPattern.compile(code,
                    c.flags(), c.groups(), JdkCharacterProperties.INSTANCE), Arrays.toString(code));
        }
        assertThrows(InvalidCodeException.class,
                () -> CompiledPattern.compile(new int[0], 0, 0, JdkCharacterProperties.INSTANCE));
        assertThrows(InvalidCodeException.class,
                () -> CompiledPattern.compile(good, c.flags(), -1, JdkCharacterProperties.INSTANCE));
    }

    @Test
    void stringSubjectsCountCodePoints() {
        Subject pair = Subject.ofString("a\uD83D\uDE00b");
        assertEquals(3, pair.length());
        assertEquals(0x1F600, pair.codePointAt(1));
        assertEquals("\uD83D\uDE00", pair.substring(1, 2));
        Subject lone = Subject.ofString("\uD800x\uDC00");
        assertEquals(3, lone.length());
        assertEquals(0xD800, lone.codePointAt(0));
        assertEquals(0xDC00, lone.codePointAt(2));
        Subject plain = Subject.ofString("abc");
        assertEquals(Subject.BMP_STRING, plain.kind);
        assertFalse(plain.isBytes());
        assertTrue(Subject.ofBytes(new byte[] {1, 2}).isBytes());
        assertEquals("\u00e9", Subject.ofLatin1(new byte[] {(byte) 0xE9}, 0, 1).substring(0, 1));
    }

    @Test
    void aFailedCallExhaustsTheMatcherAndResultsDescribeTheLastMatch() {
        SreCases.Case c = find("'abc' flags=0 subject='abcabc' pos=0 endpos=6");
        CompiledPattern pattern = compile(c);
        Matcher m = pattern.matcher(Subject.ofString("abcabc"));
        assertSame(pattern, m.pattern());
        assertTrue(m.search());
        assertArrayEquals(new int[] {0, 3}, m.regs());
        assertTrue(m.search());
        assertEquals(3, m.start());
        assertEquals(6, m.end(0));
        assertFalse(m.search());
        assertTrue(m.isExhausted());
        assertFalse(m.match());
        Matcher clamped = pattern.matcher(Subject.ofString("abcabc"), -4, 99);
        assertEquals(0, clamped.pos());
        assertEquals(6, clamped.endpos());
    }
}
