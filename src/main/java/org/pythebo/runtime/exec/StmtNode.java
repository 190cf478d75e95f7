package org.pythebo.runtime.exec;


/** A statement: runs, and says how control leaves it. */
public abstract class StmtNode extends Node {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    /** The value is in {@link Frame#returnValue}. */
    public static final int RETURN = 3;
    /** A re-entrant generator body yielded: each node on the way out records where it stands (Resumable). */
    public static final int SUSPEND = 4;

    public abstract int exec(Frame f);
}
