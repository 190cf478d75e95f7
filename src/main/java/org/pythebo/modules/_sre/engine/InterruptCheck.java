package org.pythebo.modules._sre.engine;

/**
 * Called by a {@link Matcher} every few thousand steps of a long match, so a pending interrupt
 * (Ctrl-C, a thread being stopped) can end it: the check throws, and the exception leaves the
 * matcher's public method unchanged. Matching resumes nowhere; the matcher may be discarded.
 */
@FunctionalInterface
public interface InterruptCheck {
    void check();
}
