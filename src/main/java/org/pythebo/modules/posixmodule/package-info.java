/**
 * The {@code posix} module (what os.py re-exports) on the C library binding of
 * {@code org.pythebo.modules.posix}: its functions, {@code posix.DirEntry} and the scandir
 * iterator, the struct sequences (stat_result and its kin), and the conversions every module on
 * the binding shares ({@code Fs}: paths, descriptors; {@code PosixErrors}: OSError from errno;
 * {@code Ids}: uids and gids). Named after CPython's Modules/posixmodule.c because the binding
 * holds the package of the module's own name.
 *
 * <p>May use: {@code runtime}, {@code modules} (and the JDK).
 */
package org.pythebo.modules.posixmodule;
