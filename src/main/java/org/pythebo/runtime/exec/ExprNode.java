package org.pythebo.runtime.exec;


/** An expression: evaluates to a Python value (never null). */
public abstract class ExprNode extends Node {
    public abstract Object eval(Frame f);
}
