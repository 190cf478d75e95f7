/**
 * The C library (glibc 2.36, Linux x86_64) as the Python modules posix, _posixsubprocess,
 * select, signal, fcntl, termios, resource, pwd, grp, errno and _socket need it, reached through
 * java.lang.foreign.
 *
 * <p>Entry points: {@link org.pythebo.modules.posix.Libc} (files, directories, reading and
 * writing), {@link org.pythebo.modules.posix.DirStream}, {@link org.pythebo.modules.posix.Descriptors},
 * {@link org.pythebo.modules.posix.Processes}, {@link org.pythebo.modules.posix.SystemConfig},
 * {@link org.pythebo.modules.posix.Users}, {@link org.pythebo.modules.posix.Terminals},
 * {@link org.pythebo.modules.posix.Environment}, {@link org.pythebo.modules.posix.Signals},
 * {@link org.pythebo.modules.posix.Polling}, {@link org.pythebo.modules.posix.Sockets},
 * {@link org.pythebo.modules.posix.Spawn},
 * {@link org.pythebo.modules.posix.Subprocess} and {@link org.pythebo.modules.posix.Errno}; the
 * *Constants classes and {@link org.pythebo.modules.posix.ConfNames} hold each module's integer
 * constants, generated from glibc's headers by tests/tools/gen_posix_constants.py. Every failure
 * is a {@link org.pythebo.modules.posix.PosixException} carrying errno.
 *
 * <p>Paths and other text from or to C are byte arrays: encoding str to bytes (and back) with
 * the file system encoding is the caller's business, as in CPython. Everything here is
 * thread-safe; the only state is immutable tables and method handles made once.
 *
 * <p>This package uses the JDK only (java.lang.foreign needs {@code
 * --enable-native-access=ALL-UNNAMED} to run without warnings) and no other Pythebo class, so
 * the interpreter's modules can be built on it without it depending on them.
 *
 * <p>May use: nothing else (and the JDK).
 */
package org.pythebo.modules.posix;
