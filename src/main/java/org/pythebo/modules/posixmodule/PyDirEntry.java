package org.pythebo.modules.posixmodule;

import org.pythebo.modules.posix.DirEntry;
import org.pythebo.modules.posix.FileStat;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyGetter;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Ops;
import org.pythebo.runtime.objects.PyGenericAlias;
import org.pythebo.runtime.objects.PyObject;
import org.pythebo.runtime.objects.PyType;

/**
 * {@code posix.DirEntry}: one entry os.scandir found, answering is_dir, is_file and
 * is_symlink from the type the kernel listed where it can, and calling stat (once, then
 * cached) where it cannot. The caches are filled at most once per kind; threads racing to
 * fill one store equal results.
 */
public final class PyDirEntry extends PyObject {
    static final PyType TYPE = PyType.newBuiltin("posix.DirEntry", PyType.OBJECT, PyDirEntry.class, PyType.Layout.OBJECT)
            .notSubclassable();

    static {
        TYPE.typeDict().put("__module__", "posix");
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;

    /** The name as the directory was listed: str, or bytes for a bytes path. */
    private final Object name;
    /** The scandir path joined with the name, in the name's type (the name alone for a descriptor). */
    private final Object path;
    /** What stat takes: the joined path's bytes, or the name's relative to {@link #dirFd}. */
    private final byte[] statPath;
    /** The directory's descriptor when scandir was given one, else -1. */
    private final int dirFd;
    private final long ino;
    private final int type;
    private volatile Object stat;
    private volatile Object lstat;

    PyDirEntry(Object name, Object path, byte[] statPath, int dirFd, long ino, int type) {
        this.name = name;
        this.path = path;
        this.statPath = statPath;
        this.dirFd = dirFd;
        this.ino = ino;
        this.type = type;
    }

    @Override
    public PyType type() { return TYPE; }

    private static PyDirEntry entry(Object self) {
        return (PyDirEntry) self;
    }

    @PyMethod("($type, *args, **kwargs)")
    public static Object __new__(Object cls, Object[] args, Object kwargs) {
        throw PyException.typeError("cannot create 'posix.DirEntry' instances");
    }

    @PyGetter("name")
    public static Object name(Object self) { return entry(self).name; }

    @PyGetter("path")
    public static Object path(Object self) { return entry(self).path; }

    @PyMethod("($self, /)")
    public static Object inode(Object self) { return StatResults.unsigned(entry(self).ino); }

    @PyMethod("($self, /)")
    public static Object __fspath__(Object self) { return entry(self).path; }

    @PyMethod("($self, /)")
    public static Object __repr__(ThreadState ts, Object self) {
        return "<DirEntry " + Ops.repr(ts, entry(self).name) + ">";
    }

    @PyMethod("($type, item, /)")
    public static Object __class_getitem__(Object cls, Object item) { return new PyGenericAlias(cls, item); }

    @PyMethod("($self, /, *, follow_symlinks=True)")
    public static Object stat(Object self, boolean followSymlinks) {
        return entry(self).stat(followSymlinks);
    }

    @PyMethod("($self, /, *, follow_symlinks=True)")
    public static Object is_dir(Object self, boolean followSymlinks) {
        return entry(self).hasType(followSymlinks, DirEntry.DT_DIR, S_IFDIR);
    }

    @PyMethod("($self, /, *, follow_symlinks=True)")
    public static Object is_file(Object self, boolean followSymlinks) {
        return entry(self).hasType(followSymlinks, DirEntry.DT_REG, S_IFREG);
    }

    @PyMethod("($self, /)")
    public static Object is_symlink(Object self) {
        PyDirEntry e = entry(self);
        if (e.type != DirEntry.DT_UNKNOWN) {
            return e.type == DirEntry.DT_LNK;
        }
        return e.hasType(false, DirEntry.DT_LNK, S_IFLNK);
    }

    /**
     * Whether the entry (or what its link points to) is of the kind given: from the listed type
     * unless it is unknown or a link to follow, else from stat, a vanished file being of no kind.
     */
    private boolean hasType(boolean followSymlinks, int listedType, int modeType) {
        if (type != DirEntry.DT_UNKNOWN && !(followSymlinks && type == DirEntry.DT_LNK)) {
            return type == listedType;
        }
        Object st;
        try {
            st = stat(followSymlinks);
        } catch (PyException e) {
            if (e.exc.type() == Exc.FileNotFoundError) {
                return false;
            }
            throw e;
        }
        long mode = (Long) ((PyTuple) st).get(0);
        return (mode & S_IFMT) == modeType;
    }

    private Object stat(boolean followSymlinks) {
        if (!followSymlinks) {
            return lstat();
        }
        Object s = stat;
        if (s == null) {
            boolean link = type == DirEntry.DT_UNKNOWN ? isLinkByStat() : type == DirEntry.DT_LNK;
            s = link ? fetch(true) : lstat();
            stat = s;
        }
        return s;
    }

    private boolean isLinkByStat() {
        long mode = (Long) ((PyTuple) lstat()).get(0);
        return (mode & S_IFMT) == S_IFLNK;
    }

    private Object lstat() {
        Object s = lstat;
        if (s == null) {
            s = fetch(false);
            lstat = s;
        }
        return s;
    }

    private Object fetch(boolean followSymlinks) {
        try {
            FileStat s;
            if (dirFd >= 0) {
                s = Libc.fstatat(dirFd, statPath, followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            } else {
                s = followSymlinks ? Libc.stat(statPath) : Libc.lstat(statPath);
            }
            return StatResults.stat(s);
        } catch (PosixException e) {
            throw PosixErrors.of(e, path);
        }
    }
}
