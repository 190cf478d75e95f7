/**
 * {@code _sre}: the module behind Python's {@code re}. {@code _sre.compile} turns the code that
 * the Lib's {@code re._compiler} emits into a {@link PyPattern} ({@code re.Pattern}), whose
 * operations run the matching engine of {@code org.pythebo.modules._sre.engine} and report
 * {@link PyMatch}es ({@code re.Match}); {@link PyScanner} is {@code _sre.SRE_Scanner}. Replacement
 * templates and Match.expand are left to the Lib ({@code re._subx}, {@code re._expand}), as
 * CPython's C code leaves them.
 *
 * <p>May use: {@code runtime}, {@code modules}, {@code modules._sre.engine} (and the JDK).
 */
package org.pythebo.modules._sre;
