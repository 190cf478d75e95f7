package org.pythebo.compiler.nodes;

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
    public final org.pythebo.runtime.PyException here(org.pythebo.runtime.Frame f, org.pythebo.runtime.PyException e) {
        org.pythebo.runtime.Traceback.here(e, f, this);
        return e;
    }

    public final Node at(org.pythebo.parser.ast.Ast.Located l) {
        lineno = l.lineno();
        colOffset = l.colOffset();
        endLineno = l.endLineno();
        endColOffset = l.endColOffset();
        return this;
    }
}
