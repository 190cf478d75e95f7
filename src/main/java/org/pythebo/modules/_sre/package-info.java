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
 * <p>This package uses the JDK only; it must not depend on any other Pythebo package.
 */
package org.pythebo.modules._sre;
