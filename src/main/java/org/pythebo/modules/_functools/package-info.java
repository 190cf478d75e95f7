/**
 * {@code _functools}: reduce, partial, cmp_to_key's key wrapper and the C implementation of
 * lru_cache, each object locking only itself.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._functools;
