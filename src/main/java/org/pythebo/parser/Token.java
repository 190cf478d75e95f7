package org.pythebo.parser;

/**
 * One token. Lines are 1-based; columns are 0-based offsets in UTF-8 bytes from the start of
 * their line, as in CPython's AST. {@code start} and {@code end} are char indexes into the
 * decoded source the tokenizer read, so that the parser can take exact source slices
 * (for f-strings and error messages).
 *
 * <p>{@code text} is the token's source text: for NAME it is NFKC-normalised, for STRING it is the
 * whole literal with prefix and quotes, for INDENT/DEDENT/NEWLINE/ENDMARKER it is "" (NEWLINE
 * may carry the newline characters).
 */
public record Token(TokenKind kind, String text, int lineno, int colOffset, int endLineno, int endColOffset,
                    int start, int end) {
}
