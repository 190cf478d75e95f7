package org.pythebo.modules.posixmodule;

import java.lang.ref.Cleaner;

import org.pythebo.runtime.exec.Interpreter;

/**
 * Closes the descriptors of objects a program dropped without closing (a scandir iterator, an
 * epoll object), as CPython closes them when their last reference goes: one cleaner thread per
 * interpreter, started on first use.
 */
public final class Closer {
    private final Cleaner cleaner = Cleaner.create();

    private Closer() {}

    /**
     * Runs {@code close} once {@code owner} is unreachable, unless the returned cleanable runs it
     * first. {@code close} must not refer to {@code owner}, or the owner would stay reachable.
     */
    public static Cleaner.Cleanable register(Interpreter interp, Object owner, Runnable close) {
        return interp.moduleState(Closer.class, Closer::new).cleaner.register(owner, close);
    }
}
