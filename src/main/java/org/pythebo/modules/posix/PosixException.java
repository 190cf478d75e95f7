package org.pythebo.modules.posix;

import java.nio.charset.StandardCharsets;

/**
 * A failed C library call: the errno it set, the function that failed and, where CPython's
 * OSError reports them, the file name(s) involved, as the bytes passed to the call.
 *
 * <p>The stack trace is not filled in: failures such as ENOENT from stat are ordinary results
 * (os.path.exists relies on them), and the trace of this layer says nothing a caller needs.
 */
public final class PosixException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errno;
    private final String function;
    private final byte[] filename;
    private final byte[] filename2;

    public PosixException(int errno, String function) {
        this(errno, function, null, null);
    }

    public PosixException(int errno, String function, byte[] filename) {
        this(errno, function, filename, null);
    }

    public PosixException(int errno, String function, byte[] filename, byte[] filename2) {
        super(null, null, false, false);
        this.errno = errno;
        this.function = function;
        this.filename = filename == null ? null : filename.clone();
        this.filename2 = filename2 == null ? null : filename2.clone();
    }

    /** The errno value, e.g. {@link ErrnoConstants#ENOENT}. */
    public int errno() {
        return errno;
    }

    /** The C function (or step of a compound operation, e.g. "chdir" while spawning) that failed. */
    public String function() {
        return function;
    }

    /** The first file name CPython's OSError would carry, or null. */
    public byte[] filename() {
        return filename == null ? null : filename.clone();
    }

    /** The second file name (rename, link, symlink...), or null. */
    public byte[] filename2() {
        return filename2 == null ? null : filename2.clone();
    }

    /** glibc's text for the errno, as os.strerror gives it. */
    public String strerror() {
        return Errno.strerror(errno);
    }

    /** CPython's str(OSError) shape: "[Errno 2] No such file or directory: 'a' -> 'b'". */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder().append("[Errno ").append(errno).append("] ").append(strerror());
        if (filename != null) {
            message.append(": '").append(new String(filename, StandardCharsets.UTF_8)).append('\'');
            if (filename2 != null) {
                message.append(" -> '").append(new String(filename2, StandardCharsets.UTF_8)).append('\'');
            }
        }
        return message.append(" (").append(function).append(')').toString();
    }
}
