/**
 * CPython 3.11's {@code unicodedata}: the Unicode 14.0.0 character database and the Unicode 3.2.0
 * view of it ({@code ucd_3_2_0}) that the idna codec and stringprep use, with names, name lookup
 * and the four normalization forms. {@link org.pythebo.modules.unicodedata.UnicodeData} is the
 * entry point; the tables are generated from CPython 3.11 by
 * {@code tests/tools/unicodedata/unicodedata_gen.py} into resources next to these classes and
 * loaded on first use.
 *
 * <p>This package uses the JDK only: no other Pythebo class, so the Python-visible module can wrap
 * it from wherever the runtime's packages end up.
 *
 * <p>May use: nothing else (and the JDK).
 */
package org.pythebo.modules.unicodedata;
