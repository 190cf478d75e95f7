/**
 * The matching engine behind Python's {@code _sre} module: it executes the code that CPython
 * 3.11's {@code re._compiler} emits (MAGIC 20220615), with CPython's semantics, over str or
 * bytes subjects.
 *
 * <p>{@link CompiledPattern} is the immutable, validated code of one pattern and may be shared
 * between threads; {@link Matcher} holds all the mutable state of matching one subject and
 * belongs to one thread. Character properties (case mappings, digit/space/word classes, the
 * LOCALE ctype functions) come in through {@link CharacterProperties}, so the interpreter can
 * supply Python's own Unicode database.
 *
 * <p>How {@code _sre} maps onto it: {@code _sre.compile(pattern, flags, code, groups, ...)} is
 * {@link CompiledPattern#compile} (an {@link InvalidCodeException} is CPython's RuntimeError
 * "invalid SRE code"); Pattern.match/fullmatch/search make a matcher over a {@link Subject} and
 * call it once, while finditer, the scanner, findall, sub and split call {@code search} on one
 * matcher until it fails. A Match keeps {@code regs()}, {@code lastIndex()}, pos and endpos.
 * {@link Opcodes} has the module's constants, {@link SreFunctions} its helpers.
 *
 * <p>The Python-visible module (re.Pattern, re.Match, the scanner) is the enclosing package,
 * {@code org.pythebo.modules._sre}. This package uses the JDK only; it must not depend on any
 * other Pythebo package.
 *
 * <p>May use: nothing else (and the JDK).
 */
package org.pythebo.modules._sre.engine;
