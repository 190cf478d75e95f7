package org.pythebo.runtime.exec;

/**
 * An executable node: the source range it came from, which tracebacks point at. Expression nodes
 * return a value ({@link ExprNode#eval}); statement nodes return how control leaves them
 * ({@link StmtNode#exec}), so break, continue and return never throw.
 */
public abstract class Node {
    public int lineno;
    public int colOffset;
    public int endLineno;
    public int endColOffset;

    /** Column offsets where a BinOp's operator or a Subscript's bracket part starts and ends (for carets), or -1. */
    public int anchorStart = -1;
    public int anchorEnd = -1;

    /** Records this node as where {@code e} passes through frame f, and returns e for throwing. */
    public final org.pythebo.runtime.exceptions.PyException here(org.pythebo.runtime.exec.Frame f, org.pythebo.runtime.exceptions.PyException e) {
        org.pythebo.runtime.exec.Traceback.here(e, f, this);
        return e;
    }

    /** Sets the source range this node came from. */
    public final Node at(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        return this;
    }
}
