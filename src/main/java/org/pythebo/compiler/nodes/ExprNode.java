package org.pythebo.compiler.nodes;

import org.pythebo.runtime.Frame;

/** An expression: evaluates to a Python value (never null). */
public abstract class ExprNode extends Node {
    public abstract Object eval(Frame f);
}
