package org.pythebo.modules._sre.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The recorded cases with huge subjects or deeply nested patterns (SreCases.isDeep), run on a
 * thread with a 256 KiB Java stack (the build gives tests 64 MiB): matching must not recurse in
 * Java with the input length or the pattern's nesting.
 */
class DeepMatchingTest {
    private static final long SMALL_STACK = 256 * 1024;

    @Test
    void hugeAndDeepCasesRunOnASmallStack() throws Throwable {
        List<SreCases.Case> deep = SreCases.load().stream().filter(SreCases::isDeep).toList();
        assertTrue(deep.size() >= 25, "only " + deep.size() + " deep cases");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                for (SreCases.Case c : deep) {
                    SreCases.check(CompiledPattern.compile(c.code(), c.flags(), c.groups(),
                            JdkCharacterProperties.INSTANCE), c);
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
    }
}
