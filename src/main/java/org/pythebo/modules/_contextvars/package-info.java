/**
 * {@code _contextvars}: context variables, the immutable mappings of them (contexts) that
 * each thread has a current one of, and the tokens that undo a set.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._contextvars;
