/**
 * {@code _struct}: compiled struct formats, the {@code Struct} type, the module's functions with
 * their cache, and the unpack iterator.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules._struct;
