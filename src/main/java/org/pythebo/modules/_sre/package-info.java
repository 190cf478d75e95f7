/**
 * The matching engine behind Python's {@code _sre} module: it executes the code that CPython
 * 3.11's {@code re._compiler} emits (MAGIC 20220615), with CPython's semantics, over str or
 * bytes subjects.
 *
 * <p>{@link org.pythebo.modules._sre.CompiledPattern} is the immutable, validated code of one
 * pattern and may be shared between threads; {@link org.pythebo.modules._sre.Matcher} holds all
 * the mutable state of matching one subject and belongs to one thread. Character properties
 * (case mappings, digit/space/word classes, the LOCALE ctype functions) come in through
 * {@link org.pythebo.modules._sre.CharacterProperties}, so the interpreter can supply Python's
 * own Unicode database.
 *
 * <p>How {@code _sre} maps onto it: {@code _sre.compile(pattern, flags, code, groups, ...)} is
 * {@link org.pythebo.modules._sre.CompiledPattern#compile} (an
 * {@link org.pythebo.modules._sre.InvalidCodeException} is CPython's RuntimeError "invalid SRE
 * code"); Pattern.match/fullmatch/search make a matcher over a
 * {@link org.pythebo.modules._sre.Subject} and call it once, while finditer, the scanner,
 * findall, sub and split call {@code search} on one matcher until it fails. A Match keeps
 * {@code regs()}, {@code lastIndex()}, pos and endpos. {@link org.pythebo.modules._sre.Opcodes}
 * has the module's constants, {@link org.pythebo.modules._sre.SreFunctions} its helpers.
 *
 * <p>This package uses the JDK only; it must not depend on any other Pythebo package.
 *
 * <p>May use: nothing else (and the JDK).
 */
package org.pythebo.modules._sre;
