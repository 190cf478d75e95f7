package org.pythebo.parser;

import org.pythebo.parser.ast.Ast;

/**
 * The expression half of the grammar: everything from {@code star_expressions} down to atoms,
 * plus assignment targets, comprehensions, call arguments, slices and lambdas.
 * (Placeholder: the grammar lands with the parser work.)
 */
abstract class ExpressionParser extends ParserBase {

    protected ExpressionParser(Tokenizer tokenizer) {
        super(tokenizer);
    }

    /** {@code star_expressions}: one expression, or a tuple of them without parentheses. */
    protected Ast.Expr starExpressions() throws ParseError {
        throw new UnsupportedOperationException("expression grammar not written yet");
    }

    /** The body of an f-string replacement field: {@code (star_expressions)}, then ENDMARKER. */
    protected Ast.Expr fstringReplacementField() throws ParseError {
        throw new UnsupportedOperationException("expression grammar not written yet");
    }
}
