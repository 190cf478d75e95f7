/**
 * Execution state: the interpreter and each thread's state, frames, code objects and the
 * executable tree's base classes ({@code Node}, {@code ExprNode}, {@code StmtNode}) that the
 * compiler lowers into, functions, cells and module globals, generators and coroutines,
 * tracebacks, and the interfaces through which the runtime reaches what sits above it ({@code
 * Importer}, the standard streams).
 *
 * <p>May use: {@code runtime.collections}, {@code runtime.exceptions}, {@code runtime.exposure},
 * {@code runtime.numbers}, {@code runtime.objects} (and the JDK).
 */
package org.pythebo.runtime.exec;
