package org.pythebo.modules.posix;

import static org.pythebo.modules.posix.ErrnoConstants.ENOENT;
import static org.pythebo.modules.posix.ErrnoConstants.ENOTDIR;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * _posixsubprocess.fork_exec, as subprocess.Popen uses it, made of {@link Spawn} instead of
 * fork: the child gets the same descriptors, directory, session, process group and signal
 * dispositions that CPython's forked child arranges before exec.
 *
 * <p>What fork_exec takes but this cannot do, because no code of ours runs in the child:
 * preexec_fn; gid, extra_groups and uid (posix_spawn can only reset ids to the real ones);
 * child_umask (the umask is per process and posix_spawn has no action for it). A caller must
 * refuse those (anything but None / -1) before calling {@link #forkExec}. allow_vfork is moot.
 *
 * <p>Failures come as PosixException. {@link PosixException#function()} tells which kind
 * Popen must report: "execve" when no program could be run (errno from the exec, ENOENT for a
 * missing program), anything else ("chdir" for cwd, "dup2" for a bad standard descriptor) for
 * a failure before the exec, which Popen calls "noexec" and blames on cwd. {@link
 * #errorPipeMessage} renders either as the child would have written it to errpipe_write.
 */
public final class Subprocess {
    private Subprocess() {
    }

    /**
     * The arguments of fork_exec that can be honoured. Descriptors are -1 when absent;
     * {@code passFds} are kept open (and made inheritable) in the child even with closeFds;
     * {@code env} null inherits this process's environment; {@code processGroup} -1 leaves
     * the group alone.
     */
    public record Request(
            byte[][] args, byte[][] executables, boolean closeFds, int[] passFds, byte[] cwd, byte[][] env,
            int p2cread, int p2cwrite, int c2pread, int c2pwrite, int errread, int errwrite,
            int errpipeRead, int errpipeWrite, boolean restoreSignals, boolean startNewSession, int processGroup) {
    }

    /** Signals CPython's restore_signals puts back to their default action (SIGXFZ is not Linux's). */
    private static final int[] RESTORED_SIGNALS = {SignalConstants.SIGPIPE, SignalConstants.SIGXFSZ};

    /**
     * Starts the child; returns its pid. The child starts with no signal blocked: CPython's
     * forked child inherits its thread's mask, normally empty there, while a JVM's threads
     * block SIGQUIT for the VM's own use, which a program must not inherit. Each of {@code executables} is tried in order, as
     * CPython's child tries them: the first error other than ENOENT and ENOTDIR is the one
     * reported, else the last.
     */
    public static int forkExec(Request request) {
        if (request.executables().length == 0) {
            throw new IllegalArgumentException("no executable to run");
        }
        for (int fd : request.passFds()) {
            checkOpen(fd, "fcntl");
        }
        checkOpen(request.p2cread(), "dup2");
        checkOpen(request.c2pwrite(), "dup2");
        checkOpen(request.errwrite(), "dup2");
        List<Integer> parentCopies = new ArrayList<>();
        try {
            List<Spawn.FileAction> actions = fileActions(request, parentCopies);
            Spawn.Attributes attributes = new Spawn.Attributes(request.startNewSession(), request.processGroup(),
                    new int[0], request.restoreSignals() ? RESTORED_SIGNALS : null, false);
            PosixException firstOther = null;
            PosixException last = null;
            for (byte[] executable : request.executables()) {
                try {
                    return Spawn.spawn(executable, request.args(), request.env(), actions, attributes);
                } catch (PosixException e) {
                    last = e;
                    if (firstOther == null && e.errno() != ENOENT && e.errno() != ENOTDIR) {
                        firstOther = e;
                    }
                }
            }
            PosixException reported = firstOther != null ? firstOther : last;
            throw blame(request, reported);
        } finally {
            for (int copy : parentCopies) {
                Libc.close(copy);
            }
        }
    }

    /**
     * A descriptor the child must use that is not open fails before the exec, as the child's
     * {@code step} would; checked here because posix_spawn's error would not say which step.
     */
    private static void checkOpen(int fd, String step) {
        if (fd < 0) {
            return;
        }
        try {
            Descriptors.fcntl(fd, FcntlConstants.F_GETFD, 0);
        } catch (PosixException e) {
            throw new PosixException(e.errno(), step);
        }
    }

    /**
     * posix_spawn reports a failed chdir and a failed exec alike; the directory is examined
     * afterwards to tell them apart (it would have to change in between to mislead).
     */
    private static PosixException blame(Request request, PosixException failure) {
        if (request.cwd() != null) {
            int cwdError = chdirError(request.cwd());
            if (cwdError != 0) {
                return new PosixException(cwdError, "chdir", request.cwd());
            }
        }
        return new PosixException(failure.errno(), "execve", failure.filename());
    }

    /** The errno chdir(path) would fail with, judged without changing directory; 0 if none. */
    private static int chdirError(byte[] path) {
        int fd;
        try {
            fd = Libc.open(path, PosixConstants.O_PATH | PosixConstants.O_DIRECTORY | PosixConstants.O_CLOEXEC, 0);
        } catch (PosixException e) {
            return e.errno();
        }
        Libc.close(fd);
        return Libc.access(Libc.AT_FDCWD, path, PosixConstants.X_OK, Libc.AT_EACCESS) ? 0 : ErrnoConstants.EACCES;
    }

    /**
     * The child's steps, in CPython's order: make pass_fds inheritable, close the parent's pipe
     * ends, redirect 0, 1 and 2, change directory, then close what close_fds closes.
     */
    private static List<Spawn.FileAction> fileActions(Request request, List<Integer> parentCopies) {
        List<Spawn.FileAction> actions = new ArrayList<>();
        TreeSet<Integer> keep = new TreeSet<>();
        for (int fd : request.passFds()) {
            keep.add(fd);
            if (fd != request.errpipeWrite()) {
                actions.add(new Spawn.Dup2(fd, fd));
            }
        }
        for (int parentEnd : new int[] {request.p2cwrite(), request.c2pread(), request.errread(), request.errpipeRead()}) {
            if (parentEnd >= 0) {
                actions.add(new Spawn.Close(parentEnd));
            }
        }
        // A source among 0, 1 and 2 could be overwritten by an earlier redirection (CPython
        // issue 12607): redirect from a copy made here, closed once the child is started.
        int c2pwrite = request.c2pwrite() == 0 ? parentCopy(0, parentCopies) : request.c2pwrite();
        int errwrite = request.errwrite() == 0 || request.errwrite() == 1
                ? parentCopy(request.errwrite(), parentCopies) : request.errwrite();
        redirect(actions, request.p2cread(), 0);
        redirect(actions, c2pwrite, 1);
        redirect(actions, errwrite, 2);
        if (request.cwd() != null) {
            actions.add(new Spawn.Chdir(request.cwd()));
        }
        if (request.closeFds()) {
            closeAllBut(actions, keep);
        }
        return actions;
    }

    private static int parentCopy(int fd, List<Integer> parentCopies) {
        int copy = Descriptors.fcntl(fd, FcntlConstants.F_DUPFD_CLOEXEC, 3);
        parentCopies.add(copy);
        return copy;
    }

    /** dup2 onto the standard descriptor; onto itself this only clears FD_CLOEXEC, as CPython does. */
    private static void redirect(List<Spawn.FileAction> actions, int source, int target) {
        if (source >= 0) {
            actions.add(new Spawn.Dup2(source, target));
        }
    }

    /**
     * Closes every descriptor from 3 up except {@code keep}: above the highest kept one in a
     * single step, below it each descriptor open now (a descriptor another thread opens
     * meanwhile below that bound stays open, close-on-exec as Python's and Java's are).
     */
    private static void closeAllBut(List<Spawn.FileAction> actions, TreeSet<Integer> keep) {
        int highestKept = keep.isEmpty() ? 2 : Math.max(2, keep.last());
        if (highestKept > 2) {
            for (int fd : openDescriptors()) {
                if (fd > 2 && fd < highestKept && !keep.contains(fd)) {
                    actions.add(new Spawn.Close(fd));
                }
            }
        }
        actions.add(new Spawn.CloseFrom(highestKept + 1));
    }

    private static int[] openDescriptors() {
        List<byte[]> names = Libc.listdir("/proc/self/fd".getBytes(StandardCharsets.US_ASCII));
        return names.stream().mapToInt(name -> Integer.parseInt(new String(name, StandardCharsets.US_ASCII))).sorted().toArray();
    }

    /**
     * What CPython's child writes to errpipe_write on failure, for Popen to read:
     * "OSError:" errno-in-hex ":" and, for a failure before the exec, "noexec".
     */
    public static byte[] errorPipeMessage(PosixException failure) {
        String message = "OSError:" + Integer.toHexString(failure.errno()) + ":"
                + ("execve".equals(failure.function()) ? "" : "noexec");
        return message.getBytes(StandardCharsets.US_ASCII);
    }
}
