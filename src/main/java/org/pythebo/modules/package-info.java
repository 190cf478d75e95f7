/**
 * The modules written in Java, named as CPython names its C modules, each declared once in the
 * module registry; single-file modules live here, larger ones in a subpackage of their own name.
 * Also the start-up of an interpreter.
 *
 * <p>May use: {@code compiler}, {@code parser}, {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules;
