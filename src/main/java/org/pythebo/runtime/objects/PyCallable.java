package org.pythebo.runtime.objects;

import org.pythebo.runtime.exec.ThreadState;

/**
 * An object the engine calls directly, vectorcall style: {@code args} holds the positional
 * arguments followed by the keyword arguments whose names {@code kwnames} gives (null when none).
 */
public interface PyCallable {
    Object call(ThreadState ts, Object[] args, String[] kwnames);
}
