package org.pythebo.parser;

import org.pythebo.parser.ast.Ast;

/**
 * The parser's entry points: source in, AST out, as CPython 3.11's {@code ast.parse} in its
 * {@code exec}, {@code eval} and {@code single} modes.
 */
public final class Parser extends StatementParser {

    private Parser(Tokenizer tokenizer, ParseOptions options) {
        super(tokenizer, options);
    }

    /** Parses the bytes of a source file, decoding them as CPython does (BOM, PEP 263 cookie, else UTF-8). */
    public static Ast.Module parseFile(byte[] data, String filename) throws ParseError {
        return parseFile(data, filename, ParseOptions.DEFAULT);
    }

    public static Ast.Module parseFile(byte[] data, String filename, ParseOptions options) throws ParseError {
        Tokenizer tokenizer = new Tokenizer(SourceDecoder.decode(data, filename), filename);
        tokenizer.setByteOffsetErrors(!SourceDecoder.declaresEncoding(data));
        return new Parser(tokenizer, options).fileInput();
    }

    /** {@code exec} mode: a whole module. */
    public static Ast.Module parseModule(String source, String filename) throws ParseError {
        return parseModule(source, filename, ParseOptions.DEFAULT);
    }

    public static Ast.Module parseModule(String source, String filename, ParseOptions options) throws ParseError {
        return new Parser(new Tokenizer(source, filename), options).fileInput();
    }

    /** {@code eval} mode: one expression. As in CPython, only exec input gets a final newline. */
    public static Ast.Expression parseExpression(String source, String filename) throws ParseError {
        return parseExpression(source, filename, ParseOptions.DEFAULT);
    }

    public static Ast.Expression parseExpression(String source, String filename, ParseOptions options)
            throws ParseError {
        return new Parser(new Tokenizer(source, filename, 1, 0), options).evalInput();
    }

    /** {@code single} mode: one interactive statement. */
    public static Ast.Interactive parseInteractive(String source, String filename) throws ParseError {
        return parseInteractive(source, filename, ParseOptions.DEFAULT);
    }

    public static Ast.Interactive parseInteractive(String source, String filename, ParseOptions options)
            throws ParseError {
        return new Parser(Tokenizer.forSingleInput(source, filename), options).interactiveInput();
    }

    /** {@code func_type} mode (ast.parse only): the signature of a function type comment, {@code (int, str) -> bool}. */
    public static Ast.FunctionType parseFuncType(String source, String filename, ParseOptions options)
            throws ParseError {
        return new Parser(new Tokenizer(source, filename, 1, 0), options).funcTypeInput();
    }

    /** CPython's name for an expression in error messages ("attribute", "function call", ...). */
    public static String expressionName(Ast.Expr e) {
        return exprName(e);
    }

    /**
     * Parses the expression of an f-string replacement field. {@code source} is the field's text
     * wrapped in parentheses, as CPython 3.11 parses it; positions are shifted as described at
     * {@link Tokenizer#Tokenizer(String, String, int, int)}. Errors carry the "f-string: " prefix.
     */
    public static Ast.Expr parseFStringExpr(String source, String filename, int startLineno, int startColOffset)
            throws ParseError {
        return new Parser(new Tokenizer(source, filename, startLineno, startColOffset), ParseOptions.DEFAULT)
                .fstringReplacementField();
    }
}
