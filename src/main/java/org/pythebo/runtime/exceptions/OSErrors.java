package org.pythebo.runtime.exceptions;

import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.objects.PyType;
import org.pythebo.runtime.objects.Singleton;

/**
 * The one way Java code raises an OSError for a failed system call: the subclass CPython picks
 * for the errno (PEP 3151: FileNotFoundError for ENOENT, PermissionError for EACCES and EPERM,
 * ...), with errno, strerror, filename and filename2 set and args as CPython's OSError keeps
 * them ({@code (errno, strerror)}), so that {@code str(e)} reads "[Errno 2] No such file or
 * directory: 'a' -> 'b'". Every module that reports system errors (posix, _io, select, ...)
 * goes through here.
 */
public final class OSErrors {
    private OSErrors() {}

    /** The OSError subclass CPython picks for an errno (Linux numbering), OSError itself for the rest. */
    public static PyType typeFor(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> Exc.BlockingIOError;           // EAGAIN, EALREADY, EINPROGRESS
            case 10 -> Exc.ChildProcessError;                    // ECHILD
            case 32, 108 -> Exc.BrokenPipeError;                 // EPIPE, ESHUTDOWN
            case 103 -> Exc.ConnectionAbortedError;              // ECONNABORTED
            case 111 -> Exc.ConnectionRefusedError;              // ECONNREFUSED
            case 104 -> Exc.ConnectionResetError;                // ECONNRESET
            case 17 -> Exc.FileExistsError;                      // EEXIST
            case 2 -> Exc.FileNotFoundError;                     // ENOENT
            case 21 -> Exc.IsADirectoryError;                    // EISDIR
            case 20 -> Exc.NotADirectoryError;                   // ENOTDIR
            case 4 -> Exc.InterruptedError;                      // EINTR
            case 1, 13 -> Exc.PermissionError;                   // EPERM, EACCES
            case 3 -> Exc.ProcessLookupError;                    // ESRCH
            case 110 -> Exc.TimeoutError;                        // ETIMEDOUT
            default -> Exc.OSError;
        };
    }

    /** OSError(errno, strerror): no file involved. */
    public static PyException of(int errno, String strerror) {
        return of(errno, strerror, null, null);
    }

    /** OSError(errno, strerror, filename); a null filename means none. */
    public static PyException of(int errno, String strerror, Object filename) {
        return of(errno, strerror, filename, null);
    }

    /**
     * OSError(errno, strerror, filename, None, filename2) as CPython's
     * PyErr_SetFromErrnoWithFilenameObjects makes it; null filenames mean none.
     */
    public static PyException of(int errno, String strerror, Object filename, Object filename2) {
        return new PyException(create(errno, strerror, filename, filename2));
    }

    /** The exception object itself, for callers that raise it later or store it. */
    public static PyBaseException create(int errno, String strerror, Object filename, Object filename2) {
        PyBaseException e = new PyBaseException(typeFor(errno), PyTuple.of((long) errno, strerror));
        e.setOSErrorAttributes((long) errno, strerror, filename == null ? Singleton.NONE : filename,
                filename == null || filename2 == null ? Singleton.NONE : filename2);
        return e;
    }
}
