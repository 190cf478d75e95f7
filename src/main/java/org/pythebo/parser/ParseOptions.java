package org.pythebo.parser;

/**
 * What ast.parse and compile() may ask of the parser beyond the language itself:
 * {@code typeComments} keeps {@code # type:} comments in the tree (PyCF_TYPE_COMMENTS), and
 * {@code featureVersion} is the minor version of Python 3 whose grammar to accept, rejecting
 * newer syntax with CPython's "... are only supported in Python 3.N and greater".
 */
public record ParseOptions(boolean typeComments, int featureVersion) {
    /** The minor version of the language this parser implements. */
    public static final int LATEST = 11;

    /** Plain parsing: no type comments, the whole of the current grammar. */
    public static final ParseOptions DEFAULT = new ParseOptions(false, LATEST);
}
