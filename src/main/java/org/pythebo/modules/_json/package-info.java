/**
 * {@code _json}: the accelerators of the Lib's json package: the string escapers and the
 * one-shot encoder (json.dumps without indent). The decoder's scanner stays the Lib's Python
 * one, which json falls back to when {@code _json} lacks it.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._json;
