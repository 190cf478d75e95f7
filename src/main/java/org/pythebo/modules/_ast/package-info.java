/**
 * {@code _ast}: the node classes of the syntax tree, and the conversions compile() and ast.parse
 * make between the parser's records and Python node objects, with the checks CPython makes of a
 * tree given to compile().
 *
 * <p>May use: {@code parser.ast}, {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._ast;
