package org.pythebo.modules;

import java.math.BigInteger;

import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyValueInstance;

/**
 * The {@code _stat} module, which Lib/stat.py takes over its own definitions: the S_IF* file
 * types and permission bits of Linux, the S_IS* tests, S_IMODE, S_IFMT and filemode.
 */
public final class StatModule {
    private StatModule() {}

    private static final long S_IFMT = 0170000;
    private static final long S_IFSOCK = 0140000;
    private static final long S_IFLNK = 0120000;
    private static final long S_IFREG = 0100000;
    private static final long S_IFBLK = 0060000;
    private static final long S_IFDIR = 0040000;
    private static final long S_IFCHR = 0020000;
    private static final long S_IFIFO = 0010000;

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_stat", null, StatModule.class);
        Globals g = module.globals;
        Object[][] constants = {
            {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFBLK", S_IFBLK}, {"S_IFREG", S_IFREG},
            {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK}, {"S_IFDOOR", 0L},
            {"S_IFPORT", 0L}, {"S_IFWHT", 0L}, {"S_ISUID", 04000L}, {"S_ISGID", 02000L}, {"S_ISVTX", 01000L},
            {"S_ENFMT", 02000L}, {"S_IREAD", 0400L}, {"S_IWRITE", 0200L}, {"S_IEXEC", 0100L},
            {"S_IRWXU", 0700L}, {"S_IRUSR", 0400L}, {"S_IWUSR", 0200L}, {"S_IXUSR", 0100L},
            {"S_IRWXG", 070L}, {"S_IRGRP", 040L}, {"S_IWGRP", 020L}, {"S_IXGRP", 010L},
            {"S_IRWXO", 07L}, {"S_IROTH", 04L}, {"S_IWOTH", 02L}, {"S_IXOTH", 01L},
            {"UF_NODUMP", 0x1L}, {"UF_IMMUTABLE", 0x2L}, {"UF_APPEND", 0x4L}, {"UF_OPAQUE", 0x8L},
            {"UF_NOUNLINK", 0x10L}, {"UF_COMPRESSED", 0x20L}, {"UF_HIDDEN", 0x8000L},
            {"SF_ARCHIVED", 0x10000L}, {"SF_IMMUTABLE", 0x20000L}, {"SF_APPEND", 0x40000L},
            {"SF_NOUNLINK", 0x100000L}, {"SF_SNAPSHOT", 0x200000L},
            {"ST_MODE", 0L}, {"ST_INO", 1L}, {"ST_DEV", 2L}, {"ST_NLINK", 3L}, {"ST_UID", 4L},
            {"ST_GID", 5L}, {"ST_SIZE", 6L}, {"ST_ATIME", 7L}, {"ST_MTIME", 8L}, {"ST_CTIME", 9L}};
        for (Object[] c : constants) {
            g.put((String) c[0], c[1]);
        }
        return module;
    }

    /** A mode_t as CPython's _stat takes it: an int (no __index__), unsigned, 32 bits. */
    private static long mode(Object o) {
        Object v = o instanceof Long || o instanceof BigInteger || o instanceof Boolean ? Convert.intValue(o) : null;
        if (v == null && o instanceof PyValueInstance pv
                && (pv.value instanceof Long || pv.value instanceof BigInteger)) {
            v = pv.value;
        }
        if (v == null) {
            throw PyException.typeError("an integer is required");
        }
        if (v instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PyException.overflow("can't convert negative value to unsigned int");
            }
            throw PyException.overflow("Python int too large to convert to C unsigned long");
        }
        long m = (Long) v;
        if (m < 0) {
            throw PyException.overflow("can't convert negative value to unsigned int");
        }
        if (m > 0xFFFF_FFFFL) {
            throw PyException.overflow("mode out of range");
        }
        return m;
    }

    private static boolean isType(Object mode, long type) {
        return (mode(mode) & S_IFMT) == type;
    }

    @PyMethod(value = "($module, mode, /)", doc = "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.")
    public static Object S_ISDIR(Object mode) { return isType(mode, S_IFDIR); }

    @PyMethod(value = "($module, mode, /)",
            doc = "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file.")
    public static Object S_ISCHR(Object mode) { return isType(mode, S_IFCHR); }

    @PyMethod(value = "($module, mode, /)",
            doc = "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file.")
    public static Object S_ISBLK(Object mode) { return isType(mode, S_IFBLK); }

    @PyMethod(value = "($module, mode, /)", doc = "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file.")
    public static Object S_ISREG(Object mode) { return isType(mode, S_IFREG); }

    @PyMethod(value = "($module, mode, /)",
            doc = "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe).")
    public static Object S_ISFIFO(Object mode) { return isType(mode, S_IFIFO); }

    @PyMethod(value = "($module, mode, /)", doc = "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link.")
    public static Object S_ISLNK(Object mode) { return isType(mode, S_IFLNK); }

    @PyMethod(value = "($module, mode, /)", doc = "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket.")
    public static Object S_ISSOCK(Object mode) { return isType(mode, S_IFSOCK); }

    /** Doors, event ports and whiteouts do not exist on Linux. */
    @PyMethod(value = "($module, mode, /)", doc = "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door.")
    public static Object S_ISDOOR(Object mode) {
        mode(mode);
        return false;
    }

    @PyMethod(value = "($module, mode, /)", doc = "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port.")
    public static Object S_ISPORT(Object mode) {
        mode(mode);
        return false;
    }

    @PyMethod(value = "($module, mode, /)", doc = "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout.")
    public static Object S_ISWHT(Object mode) {
        mode(mode);
        return false;
    }

    @PyMethod(value = "($module, mode, /)", doc = "Return the portion of the file's mode that can be set by os.chmod().")
    public static Object S_IMODE(Object mode) { return mode(mode) & 07777; }

    @PyMethod(value = "($module, mode, /)", doc = "Return the portion of the file's mode that describes the file type.")
    public static Object S_IFMT(Object mode) { return mode(mode) & S_IFMT; }

    @PyMethod(value = "($module, mode, /)", doc = "Convert a file's mode to a string of the form '-rwxrwxrwx'")
    public static Object filemode(Object modeArg) {
        long mode = mode(modeArg);
        char[] s = new char[10];
        long type = mode & S_IFMT;
        s[0] = type == S_IFLNK ? 'l' : type == S_IFSOCK ? 's' : type == S_IFREG ? '-' : type == S_IFBLK ? 'b'
                : type == S_IFDIR ? 'd' : type == S_IFCHR ? 'c' : type == S_IFIFO ? 'p' : '?';
        s[1] = (mode & 0400) != 0 ? 'r' : '-';
        s[2] = (mode & 0200) != 0 ? 'w' : '-';
        s[3] = execute(mode & 0100, mode & 04000, 's');
        s[4] = (mode & 040) != 0 ? 'r' : '-';
        s[5] = (mode & 020) != 0 ? 'w' : '-';
        s[6] = execute(mode & 010, mode & 02000, 's');
        s[7] = (mode & 04) != 0 ? 'r' : '-';
        s[8] = (mode & 02) != 0 ? 'w' : '-';
        s[9] = execute(mode & 01, mode & 01000, 't');
        return new String(s);
    }

    /** An execute position: x, or the special bit's letter (upper case when not executable). */
    private static char execute(long executable, long special, char letter) {
        if (special != 0) {
            return executable != 0 ? letter : Character.toUpperCase(letter);
        }
        return executable != 0 ? 'x' : '-';
    }
}
