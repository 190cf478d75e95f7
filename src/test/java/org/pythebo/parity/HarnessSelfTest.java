package org.pythebo.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pythebo.parser.ParseError;

/** The parity harness's own machinery, checked so that its verdicts can be trusted. */
class HarnessSelfTest {
    /** Enough to run the harness; small so that the deliberate stack overflow comes quickly. */
    private static final long SMALL_STACK = 8L << 20;

    @Test
    void crashesAreCaughtIncludingStackOverflow() {
        IsolatedParse.Outcome outcome = IsolatedParse.run("overflow", HarnessSelfTest::recurseForever, Duration.ofSeconds(30), SMALL_STACK);
        assertInstanceOf(StackOverflowError.class, assertInstanceOf(IsolatedParse.Crashed.class, outcome).throwable());
        outcome = IsolatedParse.run("npe", () -> { throw new NullPointerException("x"); }, Duration.ofSeconds(5), SMALL_STACK);
        assertInstanceOf(IsolatedParse.Crashed.class, outcome);
    }

    @Test
    void parseErrorsAreRejectionsNotCrashes() {
        ParseError error = new ParseError(ParseError.Kind.TabError, "m", "f.py", 3, 4, "x\n", 3, 5);
        IsolatedParse.Outcome outcome = IsolatedParse.run("reject", () -> { throw error; }, Duration.ofSeconds(5), SMALL_STACK);
        assertEquals(error, assertInstanceOf(IsolatedParse.Rejected.class, outcome).error());
    }

    @Test
    void hangsTimeOut() {
        IsolatedParse.Outcome outcome = IsolatedParse.run("hang", () -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // A hung parser ignores interruption too.
                }
            }
        }, Duration.ofMillis(200), SMALL_STACK);
        assertInstanceOf(IsolatedParse.TimedOut.class, outcome);
    }

    @Test
    void recordsUnescapeLikeTheToolsEscape() {
        assertArrayEquals(new String[] {"a\tb", "c\\d\ne", "", "\r"}, Harness.fields("a\\tb\tc\\\\d\\ne\t\t\\r"));
    }

    @Test
    void differencesAreLocated() {
        assertEquals(-1, Harness.firstDifference("abc", "abc"));
        assertEquals(2, Harness.firstDifference("abc", "abd"));
        assertEquals(3, Harness.firstDifference("abc", "abcd"));
        String dump = "Module(body=[Expr(value=Constant(value='x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1";
        assertEquals("Constant.end_col_offset", LibCorpusTest.fieldAt(dump, dump.indexOf("end_col_offset=3") + 15));
        assertEquals("Constant.value", LibCorpusTest.fieldAt(dump, dump.indexOf("'x'")));
        assertEquals("Expr.lineno", LibCorpusTest.fieldAt(dump, dump.length() - 1));
        String tricky = "Module(body=[Expr(value=Constant(value='(\\')[', lineno=1), lineno=2";
        assertEquals("Constant.lineno", LibCorpusTest.fieldAt(tricky, tricky.indexOf("lineno=1") + 7));
        assertEquals("Expr.lineno", LibCorpusTest.fieldAt(tricky, tricky.length() - 1));
    }

    @Test
    void fuzzInputsDependOnlyOnSeedAndIndex() throws IOException {
        List<byte[]> sources = FuzzTest.readSources();
        for (int index = 0; index < 50; index++) {
            FuzzTest.Mutant a = FuzzTest.mutate(sources, 42, index);
            FuzzTest.Mutant b = FuzzTest.mutate(sources, 42, index);
            assertArrayEquals(a.data(), b.data());
            assertEquals(a.recipe(), b.recipe());
        }
        assertFalse(Arrays.equals(FuzzTest.mutate(sources, 42, 0).data(), FuzzTest.mutate(sources, 43, 0).data()),
                "different seeds gave the same input");
    }

    private static IsolatedParse.Accepted recurseForever() {
        return recurseForever();
    }
}
