/**
 * The abstract syntax tree: immutable records node for node as CPython's {@code ast} module, and
 * {@code AstDump}, which prints them as {@code ast.dump} does.
 *
 * <p>May use: {@code runtime.text} (and the JDK).
 */
package org.pythebo.parser.ast;
