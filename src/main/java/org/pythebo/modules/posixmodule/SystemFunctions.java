package org.pythebo.modules.posixmodule;

import static org.pythebo.modules.posix.ErrnoConstants.EINVAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SequencedMap;

import org.pythebo.modules.posix.Environment;
import org.pythebo.modules.posix.Errno;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.SystemConfig;
import org.pythebo.modules.posixmodule.Fs.PathArg;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyDict;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyValueInstance;
import org.pythebo.runtime.objects.Singleton;

/**
 * The posix functions about the system and the process's environment: uname, sysconf and its
 * kin, the environment variables, random bytes, error messages, fspath and the normpath
 * accelerator.
 */
public final class SystemFunctions {
    private SystemFunctions() {}

    @PyMethod("($module, /)")
    public static Object uname() {
        try {
            SystemConfig.Uname u = SystemConfig.uname();
            return StatResults.UNAME.make(Fs.decode(u.sysname()), Fs.decode(u.nodename()), Fs.decode(u.release()),
                    Fs.decode(u.version()), Fs.decode(u.machine()));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /)")
    public static Object cpu_count() {
        int n = SystemConfig.cpuCount();
        return n == 0 ? Singleton.NONE : (Object) (long) n;
    }

    @PyMethod("($module, /)")
    public static Object getloadavg() {
        double[] averages = SystemConfig.getloadavg();
        if (averages == null) {
            throw PyException.of(Exc.OSError, "Load averages are unobtainable");
        }
        return PyTuple.of(averages[0], averages[1], averages[2]);
    }

    @PyMethod("($module, code, /)")
    public static Object strerror(int code) {
        return Errno.strerror(code);
    }

    @PyMethod("($module, size, /)")
    public static Object urandom(long size) {
        if (size < 0) {
            throw PyException.valueError("negative argument not allowed");
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw PyException.of(Exc.MemoryError, null);
        }
        try {
            return PyBytes.of(Libc.urandom((int) size));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, size, flags=0)")
    public static Object getrandom(long size, int flags) {
        if (size < 0) {
            throw PosixErrors.of(EINVAL);
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw PyException.of(Exc.MemoryError, null);
        }
        try {
            return PyBytes.of(Libc.getrandom((int) size, flags));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    // ---- configuration values ----

    /** A configuration name: a str looked up in {@code names}, or an int. */
    private static int confName(ThreadState ts, Object name, SequencedMap<String, Long> names) {
        Object s = name instanceof PyValueInstance v ? v.value : name;
        if (s instanceof String key) {
            Long n = names.get(key);
            if (n == null) {
                throw PyException.valueError("unrecognized configuration name");
            }
            return (int) (long) n;
        }
        if (Convert.intValue(name) == null && Ops.type(name).lookup("__index__") == null) {
            throw PyException.typeError("configuration names must be strings or integers");
        }
        return Convert.asInt(ts, name);
    }

    @PyMethod("($module, name, /)")
    public static Object sysconf(ThreadState ts, Object name) {
        int n = confName(ts, name, SystemConfig.sysconfNames());
        try {
            return SystemConfig.sysconf(n);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, path, name)")
    public static Object pathconf(ThreadState ts, Object path, Object name) {
        PathArg p = Fs.path(ts, path, "pathconf", "path", false, true);
        int n = confName(ts, name, SystemConfig.pathconfNames());
        try {
            return p.isFd() ? SystemConfig.fpathconf(p.fd(), n) : SystemConfig.pathconf(p.bytes(), n);
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
    }

    @PyMethod("($module, fd, name, /)")
    public static Object fpathconf(ThreadState ts, Object fd, Object name) {
        PathArg p = Fs.path(ts, fd, "fpathconf", "fd", false, true);
        int n = confName(ts, name, SystemConfig.pathconfNames());
        try {
            return p.isFd() ? SystemConfig.fpathconf(p.fd(), n) : SystemConfig.pathconf(p.bytes(), n);
        } catch (PosixException e) {
            throw p.isFd() ? PosixErrors.of(e) : PosixErrors.of(e, p);
        }
    }

    @PyMethod("($module, name, /)")
    public static Object confstr(ThreadState ts, Object name) {
        int n = confName(ts, name, SystemConfig.confstrNames());
        try {
            byte[] value = SystemConfig.confstr(n);
            return value == null ? Singleton.NONE : Fs.decode(value);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    /** A names table as the dict os.sysconf_names and its kin are. */
    static PyDict namesDict(SequencedMap<String, Long> names) {
        PyDict d = new PyDict();
        names.forEach(d::setItem);
        return d;
    }

    // ---- the environment ----

    /**
     * posix.environ as CPython builds it when the module is made: bytes names to bytes values,
     * the first of a repeated name winning. The process's initial environment is read from
     * /proc/self/environ, which is what the C library's environ holds until the program changes
     * it (with putenv, which os.environ calls after updating its own copy); a JVM that cannot
     * read it asks the C library.
     */
    static PyDict environ() {
        PyDict d = new PyDict();
        byte[] block = procEnviron();
        if (block != null) {
            int start = 0;
            for (int i = 0; i < block.length; i++) {
                if (block[i] == 0) {
                    addVariable(d, block, start, i);
                    start = i + 1;
                }
            }
            if (start < block.length) {
                addVariable(d, block, start, block.length);
            }
            return d;
        }
        List<Environment.Variable> variables = Environment.snapshot();
        for (Environment.Variable v : variables) {
            PyBytes name = PyBytes.of(v.name());
            if (d.get(null, name) == null) {
                d.setItem(name, PyBytes.of(v.value()));
            }
        }
        return d;
    }

    private static byte[] procEnviron() {
        try {
            return Files.readAllBytes(Path.of("/proc/self/environ"));
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** One NAME=value entry; entries with no '=' after the first byte are skipped, as CPython skips them. */
    private static void addVariable(PyDict d, byte[] block, int start, int end) {
        int eq = -1;
        for (int i = start + 1; i < end; i++) {
            if (block[i] == '=') {
                eq = i;
                break;
            }
        }
        if (eq < 0) {
            return;
        }
        PyBytes name = PyBytes.of(Arrays.copyOfRange(block, start, eq));
        if (d.get(null, name) == null) {
            d.setItem(name, PyBytes.of(Arrays.copyOfRange(block, eq + 1, end)));
        }
    }

    @PyMethod("($module, name, value, /)")
    public static Object putenv(ThreadState ts, Object name, Object value) {
        byte[] n = Fs.fsConverter(ts, name);
        byte[] v = Fs.fsConverter(ts, value);
        for (byte b : n) {
            if (b == '=') {
                throw PyException.valueError("illegal environment variable name");
            }
        }
        if (n.length == 0) {
            throw PosixErrors.of(EINVAL);
        }
        try {
            Environment.putenv(n, v);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, name, /)")
    public static Object unsetenv(ThreadState ts, Object name) {
        byte[] n = Fs.fsConverter(ts, name);
        for (byte b : n) {
            if (b == '=') {
                throw PosixErrors.of(EINVAL);
            }
        }
        if (n.length == 0) {
            throw PosixErrors.of(EINVAL);
        }
        try {
            Environment.unsetenv(n);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    /**
     * The encoding of the locale: UTF-8 in CPython's UTF-8 mode (PYTHONUTF8=1, or the C or
     * POSIX locale), else the locale's codeset, which the JVM read from the same place.
     */
    static String localeEncoding() {
        String mode = System.getenv("PYTHONUTF8");
        String codeset = System.getProperty("native.encoding", "UTF-8");
        if ("1".equals(mode) || !"0".equals(mode) && codeset.equals("ANSI_X3.4-1968")) {
            return "utf-8";
        }
        return codeset;
    }

    // ---- paths ----

    @PyMethod("($module, /, path)")
    public static Object fspath(ThreadState ts, Object path) {
        return Fs.fspath(ts, path);
    }

    /**
     * posixpath.normpath's accelerator: "." and empty components go, ".." takes back the
     * component before it (not at the root), and one or two leading slashes stay as given
     * (three or more become one).
     */
    @PyMethod("($module, /, path)")
    public static Object _path_normpath(Object path) {
        Object p = path instanceof PyValueInstance v ? v.value : path;
        if (!(p instanceof String s)) {
            throw PyException.typeError("expected 'str', not '" + Ops.typeName(path) + "'");
        }
        return normpath(s);
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = 0;
        if (path.startsWith("/")) {
            initialSlashes = path.startsWith("//") && !path.startsWith("///") ? 2 : 1;
        }
        ArrayList<String> kept = new ArrayList<>();
        int start = 0;
        int n = path.length();
        while (start <= n) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = n;
            }
            String component = path.substring(start, end);
            start = end + 1;
            if (component.isEmpty() || component.equals(".")) {
                continue;
            }
            if (!component.equals("..") || initialSlashes == 0 && kept.isEmpty()
                    || !kept.isEmpty() && kept.getLast().equals("..")) {
                kept.add(component);
            } else if (!kept.isEmpty()) {
                kept.removeLast();
            }
        }
        String joined = String.join("/", kept);
        if (initialSlashes > 0) {
            joined = "/".repeat(initialSlashes) + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
