/**
 * Scope analysis with CPython's symtable rules, compile-time checks, and lowering of the AST to
 * the executable tree ({@code compiler.nodes}), one code object per block.
 *
 * <p>May use: {@code compiler.nodes}, {@code parser}, {@code parser.ast}, {@code runtime} (and the
 * JDK).
 */
package org.pythebo.compiler;
