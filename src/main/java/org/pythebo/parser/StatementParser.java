package org.pythebo.parser;

import org.pythebo.parser.ast.Ast;

/**
 * The statement half of the grammar: simple and compound statements, function and class
 * definitions with their parameters, imports, and {@code match} with its patterns.
 * (Placeholder: the grammar lands with the parser work.)
 */
abstract class StatementParser extends ExpressionParser {

    protected StatementParser(Tokenizer tokenizer) {
        super(tokenizer);
    }

    protected Ast.Module fileInput() throws ParseError {
        throw new UnsupportedOperationException("statement grammar not written yet");
    }

    protected Ast.Expression evalInput() throws ParseError {
        throw new UnsupportedOperationException("statement grammar not written yet");
    }

    protected Ast.Interactive interactiveInput() throws ParseError {
        throw new UnsupportedOperationException("statement grammar not written yet");
    }
}
