package org.pythebo.modules;

import org.pythebo.modules.posix.ErrnoConstants;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.Subprocess;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.modules.posixmodule.Ids;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.Singleton;

/**
 * The {@code _posixsubprocess} module: fork_exec, as subprocess.Popen calls it, made of
 * posix_spawn ({@link Subprocess#forkExec}) since a JVM cannot fork. What needs Python code or
 * per-process state in the child (preexec_fn, user and group ids, umask) is refused. A child
 * that could not be started is reported as CPython's child reports it, through errpipe_write,
 * so that Popen raises the same exception.
 */
public final class PosixSubprocessModule {
    private PosixSubprocessModule() {}

    /**
     * What fork_exec returns when no child was started (the failure is in errpipe_write): a
     * number above Linux's largest pid, so Popen's waitpid on it finds no child.
     */
    private static final long NO_CHILD = Integer.MAX_VALUE;

    public static PyModule create(ThreadState ts) {
        return ModuleRegistry.newModule("_posixsubprocess", "A POSIX helper for the subprocess module.",
                PosixSubprocessModule.class);
    }

    @PyMethod(value = "($module, args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, "
            + "c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, "
            + "gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork, /)", args = ArgStyle.TUPLE)
    public static Object fork_exec(ThreadState ts, Object args, Object executableList, Object closeFds, Object passFds,
            Object cwd, Object env, Object p2cread, Object p2cwrite, Object c2pread, Object c2pwrite, Object errread,
            Object errwrite, Object errpipeRead, Object errpipeWrite, Object restoreSignals, Object callSetsid,
            Object pgidToSet, Object gid, Object extraGroups, Object uid, Object childUmask, Object preexecFn,
            Object allowVfork) {
        boolean close = Ops.isTrue(ts, closeFds);
        if (!(passFds instanceof PyTuple fdsToKeep)) {
            throw PyException.typeError("fork_exec() argument 4 must be tuple, not " + Ops.typeName(passFds));
        }
        int[] fds = new int[] {
            Convert.asInt(ts, p2cread), Convert.asInt(ts, p2cwrite), Convert.asInt(ts, c2pread),
            Convert.asInt(ts, c2pwrite), Convert.asInt(ts, errread), Convert.asInt(ts, errwrite),
            Convert.asInt(ts, errpipeRead), Convert.asInt(ts, errpipeWrite)};
        boolean restore = Ops.isTrue(ts, restoreSignals);
        boolean setsid = Ops.isTrue(ts, callSetsid);
        int processGroup = Convert.asInt(ts, pgidToSet);
        int umask = Convert.asInt(ts, childUmask);
        Ops.isTrue(ts, allowVfork);
        int[] keep = fdsToKeep(ts, fdsToKeep);
        byte[][] argv = args == Singleton.NONE ? new byte[0][]
                : fsEncodeAll(ts, Fs.sequenceItems(ts, args, "argv must be a tuple"));
        byte[][] executables = bytesList(ts, executableList);
        byte[][] envList = env == Singleton.NONE ? null : bytesList(ts, env);
        byte[] directory = cwd == Singleton.NONE ? null : Fs.fsConverter(ts, cwd);
        refuseUnsupported(ts, gid, extraGroups, uid, umask, preexecFn);
        Subprocess.Request request = new Subprocess.Request(argv, executables, close, keep, directory, envList,
                fds[0], fds[1], fds[2], fds[3], fds[4], fds[5], fds[6], fds[7], restore, setsid, processGroup);
        try {
            if (executables.length == 0) {
                throw new PosixException(ErrnoConstants.ENOENT, "execve");
            }
            return (long) Subprocess.forkExec(request);
        } catch (PosixException e) {
            try {
                Libc.write(fds[7], Subprocess.errorPipeMessage(e));
            } catch (PosixException writeFailure) {
                throw PosixErrors.of(e);
            }
            return NO_CHILD;
        }
    }

    /** pass_fds as CPython checks it: ascending, distinct, non-negative ints. */
    private static int[] fdsToKeep(ThreadState ts, PyTuple fds) {
        int[] keep = new int[fds.size()];
        long previous = -1;
        for (int i = 0; i < keep.length; i++) {
            Object v = Convert.intValue(fds.get(i));
            if (!(v instanceof Long n) || n < 0 || n > Integer.MAX_VALUE || n <= previous) {
                throw PyException.valueError("bad value(s) in fds_to_keep");
            }
            keep[i] = (int) (long) n;
            previous = n;
        }
        return keep;
    }

    private static byte[][] fsEncodeAll(ThreadState ts, Object[] items) {
        byte[][] encoded = new byte[items.length][];
        for (int i = 0; i < items.length; i++) {
            encoded[i] = Fs.fsConverter(ts, items[i]);
        }
        return encoded;
    }

    /** executable_list and env: sequences of bytes, as Popen prepares them. */
    private static byte[][] bytesList(ThreadState ts, Object sequence) {
        long n = Ops.len(ts, sequence);
        byte[][] items = new byte[(int) n][];
        for (int i = 0; i < n; i++) {
            Object item = Ops.getItem(ts, sequence, (long) i);
            if (!(item instanceof PyBytes b)) {
                throw PyException.typeError("expected bytes, " + Ops.typeName(item) + " found");
            }
            items[i] = b.value();
        }
        return items;
    }

    /**
     * What only code running in the child between fork and exec could do: after checking the
     * values as CPython does, any request for it is refused rather than ignored.
     */
    private static void refuseUnsupported(ThreadState ts, Object gid, Object extraGroups, Object uid, int umask,
            Object preexecFn) {
        if (gid != Singleton.NONE) {
            Ids.gid(ts, gid);
        }
        if (uid != Singleton.NONE) {
            Ids.uid(ts, uid);
        }
        if (extraGroups != Singleton.NONE) {
            for (Object g : Ops.toArray(ts, extraGroups)) {
                Ids.gid(ts, g);
            }
        }
        String refused = preexecFn != Singleton.NONE ? "preexec_fn"
                : gid != Singleton.NONE ? "group" : extraGroups != Singleton.NONE ? "extra_groups"
                : uid != Singleton.NONE ? "user" : umask >= 0 ? "umask" : null;
        if (refused != null) {
            throw PyException.runtimeError(refused + " is not supported: Pythebo starts child processes with "
                    + "posix_spawn, and no Python code or per-process setting can run in the child before exec");
        }
    }
}
