package org.pythebo.modules.posixmodule;

import org.pythebo.modules.posix.Errno;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.runtime.exceptions.OSErrors;
import org.pythebo.runtime.exceptions.PyException;

/**
 * A failure of the C library as the OSError CPython raises for it, made by the runtime's
 * {@link OSErrors} with glibc's message for the errno. The file names are the Python objects
 * the caller was given (CPython names the argument, not the bytes passed to C).
 */
public final class PosixErrors {
    private PosixErrors() {}

    /** An OSError for {@code errno} with no file name. */
    public static PyException of(int errno) {
        return OSErrors.of(errno, Errno.strerror(errno));
    }

    /** The OSError for a failed call, with no file name. */
    public static PyException of(PosixException e) {
        return of(e.errno());
    }

    /** The OSError for a failed call on the file {@code filename}. */
    public static PyException of(PosixException e, Object filename) {
        return OSErrors.of(e.errno(), Errno.strerror(e.errno()), filename);
    }

    /** The OSError for a failed call on two files (rename, link, symlink...). */
    public static PyException of(PosixException e, Object filename, Object filename2) {
        return OSErrors.of(e.errno(), Errno.strerror(e.errno()), filename, filename2);
    }

    /** The OSError for a failed call on a path argument: named by its object, a descriptor by its number. */
    static PyException of(PosixException e, Fs.PathArg path) {
        return of(e, path.object());
    }
}
