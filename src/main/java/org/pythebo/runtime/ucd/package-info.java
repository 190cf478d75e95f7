/**
 * CPython 3.11's Unicode character database: Unicode 14.0.0 and the Unicode 3.2.0 view of it
 * ({@code unicodedata.ucd_3_2_0}) that the idna codec and stringprep use, with names, name lookup
 * and the four normalization forms. {@link org.pythebo.runtime.ucd.UnicodeData} is the entry
 * point; the tables are generated from CPython 3.11 by
 * {@code tests/tools/unicodedata/unicodedata_gen.py} into resources next to these classes and
 * loaded on first use.
 *
 * <p>It sits in the runtime stage because more than the {@code unicodedata} module needs it: the
 * parser resolves {@code \N{...}} escapes with it, and the codecs resolve them and name characters
 * for {@code namereplace}. It uses the JDK only.
 *
 * <p>May use: nothing else (and the JDK).
 */
package org.pythebo.runtime.ucd;
