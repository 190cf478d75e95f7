package org.pythebo.modules.posixmodule;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pythebo.modules.ResourceModule;
import org.pythebo.modules.builtins.Builtins;
import org.pythebo.modules.posix.PosixConstants;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.Processes;
import org.pythebo.modules.posix.SignalConstants;
import org.pythebo.modules.posix.Signals;
import org.pythebo.modules.posix.Spawn;
import org.pythebo.modules.posix.Users;
import org.pythebo.modules.posixmodule.Fs.PathArg;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PySet;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.ArgStyle;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.Singleton;

/**
 * The posix functions on processes: ids, groups and sessions, signals to processes, waiting
 * for children and decoding their status, spawning programs (posix_spawn, system), CPU times,
 * priorities and affinity, and leaving (_exit, abort). There is no fork: a JVM cannot go on in
 * a forked child, so programs are started with posix_spawn.
 */
public final class ProcessFunctions {
    private ProcessFunctions() {}

    // ---- ids ----

    @PyMethod("($module, /)")
    public static Object getpid() { return (long) Processes.getpid(); }

    @PyMethod("($module, /)")
    public static Object getppid() { return (long) Processes.getppid(); }

    @PyMethod("($module, /)")
    public static Object getuid() { return StatResults.id(Processes.getuid()); }

    @PyMethod("($module, /)")
    public static Object geteuid() { return StatResults.id(Processes.geteuid()); }

    @PyMethod("($module, /)")
    public static Object getgid() { return StatResults.id(Processes.getgid()); }

    @PyMethod("($module, /)")
    public static Object getegid() { return StatResults.id(Processes.getegid()); }

    @PyMethod("($module, /)")
    public static Object getpgrp() { return (long) Processes.getpgrp(); }

    @PyMethod("($module, /)")
    public static Object getgroups() {
        PyList groups = new PyList();
        try {
            for (int g : Processes.getgroups()) {
                groups.append(StatResults.id(g));
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return groups;
    }

    @PyMethod("($module, groups, /)")
    public static Object setgroups(ThreadState ts, Object groups) {
        if (!Fs.isSequence(groups)) {
            throw PyException.typeError("setgroups argument must be a sequence");
        }
        Object[] items = Ops.toArray(ts, groups);
        int[] ids = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            if (Convert.intValue(items[i]) == null && Ops.type(items[i]).lookup("__index__") == null) {
                throw PyException.typeError("groups must be integers");
            }
            ids[i] = Ids.gid(ts, items[i]);
        }
        try {
            Processes.setgroups(ids);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, /)")
    public static Object getresuid() {
        try {
            int[] ids = Processes.getresuid();
            return PyTuple.of(StatResults.id(ids[0]), StatResults.id(ids[1]), StatResults.id(ids[2]));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /)")
    public static Object getresgid() {
        try {
            int[] ids = Processes.getresgid();
            return PyTuple.of(StatResults.id(ids[0]), StatResults.id(ids[1]), StatResults.id(ids[2]));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    /** A call that only fails with errno, turned into its OSError. */
    private interface Call {
        void run();
    }

    private static Object run(Call call) {
        try {
            call.run();
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, uid, /)")
    public static Object setuid(ThreadState ts, Object uid) {
        int id = Ids.uid(ts, uid);
        return run(() -> Processes.setuid(id));
    }

    @PyMethod("($module, euid, /)")
    public static Object seteuid(ThreadState ts, Object euid) {
        int id = Ids.uid(ts, euid);
        return run(() -> Processes.seteuid(id));
    }

    @PyMethod("($module, gid, /)")
    public static Object setgid(ThreadState ts, Object gid) {
        int id = Ids.gid(ts, gid);
        return run(() -> Processes.setgid(id));
    }

    @PyMethod("($module, egid, /)")
    public static Object setegid(ThreadState ts, Object egid) {
        int id = Ids.gid(ts, egid);
        return run(() -> Processes.setegid(id));
    }

    @PyMethod("($module, ruid, euid, /)")
    public static Object setreuid(ThreadState ts, Object ruid, Object euid) {
        int r = Ids.uid(ts, ruid);
        int e = Ids.uid(ts, euid);
        return run(() -> Processes.setreuid(r, e));
    }

    @PyMethod("($module, rgid, egid, /)")
    public static Object setregid(ThreadState ts, Object rgid, Object egid) {
        int r = Ids.gid(ts, rgid);
        int e = Ids.gid(ts, egid);
        return run(() -> Processes.setregid(r, e));
    }

    @PyMethod("($module, ruid, euid, suid, /)")
    public static Object setresuid(ThreadState ts, Object ruid, Object euid, Object suid) {
        int r = Ids.uid(ts, ruid);
        int e = Ids.uid(ts, euid);
        int s = Ids.uid(ts, suid);
        return run(() -> Processes.setresuid(r, e, s));
    }

    @PyMethod("($module, rgid, egid, sgid, /)")
    public static Object setresgid(ThreadState ts, Object rgid, Object egid, Object sgid) {
        int r = Ids.gid(ts, rgid);
        int e = Ids.gid(ts, egid);
        int s = Ids.gid(ts, sgid);
        return run(() -> Processes.setresgid(r, e, s));
    }

    @PyMethod("($module, /, pid)")
    public static Object getpgid(Object pid) {
        int p = Pids.pid(pid);
        try {
            return (long) Processes.getpgid(p);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod(value = "($module, pid, /)", args = ArgStyle.TUPLE)
    public static Object getsid(Object pid) {
        int p = Pids.pid(pid);
        try {
            return (long) Processes.getsid(p);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod(value = "($module, pid, pgrp, /)", args = ArgStyle.TUPLE)
    public static Object setpgid(Object pid, Object pgrp) {
        int p = Pids.pid(pid);
        int g = Pids.pid(pgrp);
        return run(() -> Processes.setpgid(p, g));
    }

    @PyMethod("($module, /)")
    public static Object setpgrp() {
        return run(() -> Processes.setpgid(0, 0));
    }

    @PyMethod("($module, /)")
    public static Object setsid() {
        return run(Processes::setsid);
    }

    @PyMethod("($module, /)")
    public static Object getlogin() {
        try {
            return Fs.decode(Users.getlogin());
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    // ---- signals ----

    @PyMethod(value = "($module, pid, signal, /)", args = ArgStyle.TUPLE)
    public static Object kill(Object pid, Object signal) {
        int p = Pids.pid(pid);
        int s = Pids.signedInt(signal);
        return run(() -> Signals.kill(p, s));
    }

    @PyMethod(value = "($module, pgid, signal, /)", args = ArgStyle.TUPLE)
    public static Object killpg(Object pgid, Object signal) {
        int p = Pids.pid(pgid);
        int s = Pids.signedInt(signal);
        return run(() -> Signals.killpg(p, s));
    }

    // ---- waiting ----

    @PyMethod(value = "($module, pid, options, /)", args = ArgStyle.TUPLE)
    public static Object waitpid(Object pid, Object options) {
        int p = Pids.pid(pid);
        int o = Pids.signedInt(options);
        try {
            Processes.WaitResult r = Processes.waitpid(p, o);
            return PyTuple.of((long) r.pid(), (long) r.status());
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod(name = "wait", value = "($module, /)")
    public static Object waitForChild() {
        try {
            Processes.WaitResult r = Processes.waitpid(-1, 0);
            return PyTuple.of((long) r.pid(), (long) r.status());
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, options)")
    public static Object wait3(int options) {
        return waitWithUsage(-1, options);
    }

    @PyMethod("($module, /, pid, options)")
    public static Object wait4(ThreadState ts, Object pid, int options) {
        return waitWithUsage(Pids.pid(pid), options);
    }

    private static Object waitWithUsage(int pid, int options) {
        try {
            Processes.WaitResult r = Processes.wait4(pid, options);
            return PyTuple.of((long) r.pid(), (long) r.status(), ResourceModule.usage(r.usage()));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, status, /)")
    public static Object WCOREDUMP(int status) { return Processes.wcoredump(status); }

    @PyMethod("($module, /, status)")
    public static Object WIFCONTINUED(int status) { return Processes.wifcontinued(status); }

    @PyMethod("($module, /, status)")
    public static Object WIFSTOPPED(int status) { return Processes.wifstopped(status); }

    @PyMethod("($module, /, status)")
    public static Object WIFSIGNALED(int status) { return Processes.wifsignaled(status); }

    @PyMethod("($module, /, status)")
    public static Object WIFEXITED(int status) { return Processes.wifexited(status); }

    @PyMethod("($module, /, status)")
    public static Object WEXITSTATUS(int status) { return (long) Processes.wexitstatus(status); }

    @PyMethod("($module, /, status)")
    public static Object WTERMSIG(int status) { return (long) Processes.wtermsig(status); }

    @PyMethod("($module, /, status)")
    public static Object WSTOPSIG(int status) { return (long) Processes.wstopsig(status); }

    @PyMethod("($module, /, status)")
    public static Object waitstatus_to_exitcode(int status) {
        if (Processes.wifstopped(status)) {
            throw PyException.valueError("process stopped by delivery of signal " + Processes.wstopsig(status));
        }
        try {
            return (long) Processes.waitstatusToExitcode(status);
        } catch (IllegalArgumentException e) {
            throw PyException.valueError("invalid wait status: " + status);
        }
    }

    // ---- starting programs ----

    @PyMethod("($module, path, argv, env, /, *, file_actions=(), setpgroup=?, resetids=False, setsid=False, "
            + "setsigmask=(), setsigdef=(), scheduler=?)")
    public static Object posix_spawn(ThreadState ts, Object path, Object argv, Object env, Object fileActions,
            Object setpgroup, Object resetids, Object setsid, Object setsigmask, Object setsigdef, Object scheduler) {
        return spawn(ts, "posix_spawn", false, path, argv, env, fileActions, setpgroup, resetids, setsid, setsigmask,
                setsigdef, scheduler);
    }

    @PyMethod("($module, path, argv, env, /, *, file_actions=(), setpgroup=?, resetids=False, setsid=False, "
            + "setsigmask=(), setsigdef=(), scheduler=?)")
    public static Object posix_spawnp(ThreadState ts, Object path, Object argv, Object env, Object fileActions,
            Object setpgroup, Object resetids, Object setsid, Object setsigmask, Object setsigdef, Object scheduler) {
        return spawn(ts, "posix_spawnp", true, path, argv, env, fileActions, setpgroup, resetids, setsid, setsigmask,
                setsigdef, scheduler);
    }

    private static Object spawn(ThreadState ts, String function, boolean searchPath, Object path, Object argv,
            Object env, Object fileActions, Object setpgroup, Object resetids, Object setsid, Object setsigmask,
            Object setsigdef, Object scheduler) {
        PathArg p = Fs.path(ts, path, function, "path", false, false);
        if (!(argv instanceof PyList) && !(argv instanceof PyTuple)) {
            throw PyException.typeError(function + ": argv must be a tuple or list");
        }
        Object[] args = Ops.toArray(ts, argv);
        if (args.length == 0) {
            throw PyException.valueError(function + ": argv must not be empty");
        }
        byte[][] cArgs = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            cArgs[i] = Fs.fsConverter(ts, args[i]);
        }
        if (cArgs[0].length == 0) {
            throw PyException.valueError(function + ": argv first element cannot be empty");
        }
        if (Ops.type(env).lookup("keys") == null || Ops.type(env).lookup("__getitem__") == null) {
            throw PyException.typeError(function + ": environment must be a mapping object");
        }
        byte[][] cEnv = environmentList(ts, env);
        List<Spawn.FileAction> actions = fileActions(ts, fileActions);
        int group = -1;
        if (setpgroup != null) {
            group = Pids.pid(setpgroup);
        }
        // Without setsigmask the child starts with no signal blocked, as a Python thread's
        // child would; the JVM's threads block some for the VM's own use.
        int[] mask = signalSet(ts, setsigmask);
        int[] defaults = signalSet(ts, setsigdef);
        if (scheduler != null) {
            throw PyException.of(Exc.NotImplementedError,
                    function + ": scheduler is not supported");
        }
        Spawn.Attributes attributes = new Spawn.Attributes(Ops.isTrue(ts, setsid), group, mask, defaults,
                Ops.isTrue(ts, resetids));
        try {
            int pid = searchPath ? Spawn.spawnp(p.bytes(), cArgs, cEnv, actions, attributes)
                    : Spawn.spawn(p.bytes(), cArgs, cEnv, actions, attributes);
            return (long) pid;
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
    }

    /** An environment mapping as "NAME=value" entries, each name and value as os.fsencode makes them. */
    static byte[][] environmentList(ThreadState ts, Object env) {
        Object[] keys = Ops.toArray(ts, Ops.callMethod(ts, env, "keys"));
        byte[][] entries = new byte[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            byte[] name = Fs.fsConverter(ts, keys[i]);
            byte[] value = Fs.fsConverter(ts, Ops.getItem(ts, env, keys[i]));
            if (name.length == 0 || indexOf(name, (byte) '=') >= 0) {
                throw PyException.valueError("illegal environment variable name");
            }
            byte[] entry = new byte[name.length + 1 + value.length];
            System.arraycopy(name, 0, entry, 0, name.length);
            entry[name.length] = '=';
            System.arraycopy(value, 0, entry, name.length + 1, value.length);
            entries[i] = entry;
        }
        return entries;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static List<Spawn.FileAction> fileActions(ThreadState ts, Object fileActions) {
        List<Spawn.FileAction> actions = new ArrayList<>();
        if (fileActions == Singleton.NONE) {
            return actions;
        }
        for (Object item : Fs.sequenceItems(ts, fileActions, "file_actions must be a sequence or None")) {
            if (!(item instanceof PyTuple t) || t.size() == 0) {
                throw PyException.typeError("Each file_actions element must be a non-empty tuple");
            }
            long tag = Convert.asLong(ts, t.get(0));
            if (tag == PosixConstants.POSIX_SPAWN_OPEN) {
                if (t.size() != 5) {
                    throw PyException.typeError("A open file_action tuple must have 5 elements");
                }
                int fd = Convert.asInt(ts, t.get(1));
                byte[] path = Fs.path(ts, t.get(2), "posix_spawn", "path", false, false).bytes();
                actions.add(new Spawn.Open(fd, path, Convert.asInt(ts, t.get(3)), Convert.asInt(ts, t.get(4))));
            } else if (tag == PosixConstants.POSIX_SPAWN_CLOSE) {
                if (t.size() != 2) {
                    throw PyException.typeError("A close file_action tuple must have 2 elements");
                }
                actions.add(new Spawn.Close(Convert.asInt(ts, t.get(1))));
            } else if (tag == PosixConstants.POSIX_SPAWN_DUP2) {
                if (t.size() != 3) {
                    throw PyException.typeError("A dup2 file_action tuple must have 3 elements");
                }
                actions.add(new Spawn.Dup2(Convert.asInt(ts, t.get(1)), Convert.asInt(ts, t.get(2))));
            } else {
                throw PyException.typeError("Unknown file_actions identifier");
            }
        }
        return actions;
    }

    /** An iterable of signal numbers, each checked against the valid range. */
    private static int[] signalSet(ThreadState ts, Object signals) {
        Object[] items = Ops.toArray(ts, signals);
        int[] numbers = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            long n = Convert.asLong(ts, items[i]);
            if (n < 1 || n >= SignalConstants.NSIG) {
                throw PyException.valueError("signal number " + n + " out of range [1; " + (SignalConstants.NSIG - 1) + "]");
            }
            numbers[i] = (int) n;
        }
        return numbers;
    }

    /**
     * system(3): the command run by /bin/sh, waited for; returns the wait status. As there, the
     * shell inherits this process's environment and descriptors 0, 1 and 2.
     */
    @PyMethod("($module, /, command)")
    public static Object system(ThreadState ts, Object command) {
        byte[] text = Fs.fsConverter(ts, command);
        byte[] shell = "/bin/sh".getBytes(StandardCharsets.US_ASCII);
        byte[][] argv = {"sh".getBytes(StandardCharsets.US_ASCII), "-c".getBytes(StandardCharsets.US_ASCII), text};
        try {
            int pid = Spawn.spawn(shell, argv, null, List.of(), Spawn.Attributes.NONE);
            return (long) Processes.waitpid(pid, 0).status();
        } catch (PosixException e) {
            // system(3) reports a shell that could not run as exit status 127.
            return e.function().startsWith("posix_spawn") ? 127L << 8 : (long) -1;
        }
    }

    // ---- times, priorities and affinity ----

    @PyMethod("($module, /)")
    public static Object times() {
        try {
            Processes.Times t = Processes.times();
            return StatResults.TIMES.make(t.user(), t.system(), t.childrenUser(), t.childrenSystem(), t.elapsed());
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, increment, /)")
    public static Object nice(int increment) {
        try {
            return (long) Processes.nice(increment);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, which, who)")
    public static Object getpriority(int which, int who) {
        try {
            return (long) Processes.getpriority(which, who);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, which, who, priority)")
    public static Object setpriority(int which, int who, int priority) {
        return run(() -> Processes.setpriority(which, who, priority));
    }

    @PyMethod(value = "($module, pid, /)", args = ArgStyle.TUPLE)
    public static Object sched_getaffinity(Object pid) {
        int p = Pids.pid(pid);
        PySet cpus = new PySet();
        try {
            for (int cpu : Processes.schedGetaffinity(p)) {
                cpus.add(null, (long) cpu);
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return cpus;
    }

    @PyMethod(value = "($module, pid, mask, /)", args = ArgStyle.TUPLE)
    public static Object sched_setaffinity(ThreadState ts, Object pid, Object mask) {
        int p = Pids.pid(pid);
        Object[] items = Ops.toArray(ts, mask);
        int[] cpus = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = Convert.index(ts, items[i]);
            if (v instanceof BigInteger || (Long) v > Integer.MAX_VALUE) {
                throw PyException.overflow("invalid CPU number");
            }
            if ((Long) v < 0) {
                throw PyException.valueError("negative CPU number");
            }
            cpus[i] = (int) (long) (Long) v;
        }
        return run(() -> Processes.schedSetaffinity(p, cpus));
    }

    /** sched_yield(2): the JVM's yield is that call on Linux. */
    @PyMethod("($module, /)")
    public static Object sched_yield() {
        Thread.yield();
        return null;
    }

    // ---- leaving ----

    /** _exit(2): ends the process at once, without flushing Python's or the JVM's buffers. */
    @PyMethod("($module, /, status)")
    public static Object _exit(int status) {
        Runtime.getRuntime().halt(status);
        return null;
    }

    @PyMethod("($module, /)")
    public static Object abort() {
        Signals.raise(SignalConstants.SIGABRT);
        // The JVM may have caught the signal: end as an abort would.
        Runtime.getRuntime().halt(128 + SignalConstants.SIGABRT);
        return null;
    }

    /**
     * Functions to call around fork(): kept only as CPython checks them, since this runtime
     * never forks.
     */
    @PyMethod("($module, /, *, before=?, after_in_child=?, after_in_parent=?)")
    public static Object register_at_fork(Object before, Object afterInChild, Object afterInParent) {
        if (before == null && afterInChild == null && afterInParent == null) {
            throw PyException.typeError("At least one argument is required.");
        }
        checkCallable(before, "before");
        checkCallable(afterInChild, "after_in_child");
        checkCallable(afterInParent, "after_in_parent");
        return null;
    }

    private static void checkCallable(Object o, String name) {
        if (o != null && Builtins.callable(o) != Boolean.TRUE) {
            throw PyException.typeError("'" + name + "' must be callable, not " + Ops.typeName(o));
        }
    }
}
