package org.pythebo.modules._sre.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The recorded cases with huge subjects or deeply nested patterns, run again on a thread with a
 * 256 KiB Java stack (the build gives tests 64 MiB): matching must not recurse in Java with the
 * input length or the pattern's nesting.
 */
class DeepMatchingTest {
    private static final long SMALL_STACK = 256 * 1024;

    @Test
    void hugeAndDeepCasesRunOnASmallStack() throws Throwable {
        List<SreCases.Case> deep = new ArrayList<>();
        for (SreCases.Case c : SreCases.load()) {
            if (c.units().length >= 100_000 || c.code().length >= 1_000) {
                deep.add(c);
            }
        }
        assertTrue(deep.size() >= 25, "only " + deep.size() + " deep cases");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<String> checked = new ArrayList<>();
        Thread thread = new Thread(null, () -> {
            try {
                for (SreCases.Case c : deep) {
                    CompiledPattern pattern = CompiledPattern.compile(c.code(), c.flags(),
                            c.groups(), JdkCharacterProperties.INSTANCE);
                    for (Map.Entry<String, Subject> s : SreCases.subjects(c).entrySet()) {
                        for (Map.Entry<String, String> e : c.expected().entrySet()) {
                            String actual = SreCases.run(pattern, s.getValue(), c, e.getKey(),
                                    new ArrayList<>());
                            assertEquals(e.getValue(), actual,
                                    c.title() + ": " + e.getKey() + " on " + s.getKey());
                            checked.add(c.title());
                        }
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack matcher", SMALL_STACK);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        assertTrue(checked.size() >= deep.size());
    }
}
