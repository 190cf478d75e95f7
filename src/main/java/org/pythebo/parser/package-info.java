/**
 * The front end: source decoding, the tokenizer and the hand-written parser producing the AST,
 * with CPython's syntax errors ({@code ParseError}).
 *
 * <p>May use: {@code parser.ast}, {@code runtime.exceptions}, {@code runtime.text}, {@code runtime.ucd} (and the JDK).
 */
package org.pythebo.parser;
