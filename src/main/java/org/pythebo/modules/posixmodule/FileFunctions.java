package org.pythebo.modules.posixmodule;

import static org.pythebo.modules.posix.ErrnoConstants.EFAULT;
import static org.pythebo.modules.posix.ErrnoConstants.EINVAL;

import java.math.BigInteger;

import org.pythebo.modules.posix.FileStat;
import org.pythebo.modules.posix.Libc;
import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posixmodule.Fs.PathArg;
import org.pythebo.runtime.bytes.PyBytes;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.collections.PyTuple;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.Convert;
import org.pythebo.runtime.objects.Singleton;

/**
 * The posix functions on files and directories by name: stat and its kin, creating, removing,
 * renaming and linking, permissions and owners, times, the current directory and listdir.
 * Paths are converted as CPython's path_t converts them ({@link Fs#path}), and failures raise
 * the OSError CPython raises, naming the files CPython names.
 */
public final class FileFunctions {
    private FileFunctions() {}

    private static final int AT_FDCWD = Libc.AT_FDCWD;

    // ---- the checks CPython makes on combinations of path, dir_fd and follow_symlinks ----

    private static void checkDirFdWithPath(String function, PathArg path, int dirFd) {
        if (path.isFd() && dirFd != AT_FDCWD) {
            throw PyException.valueError(function + ": can't specify dir_fd without matching path");
        }
    }

    private static void checkFdWithFollow(String function, PathArg path, boolean followSymlinks) {
        if (path.isFd() && !followSymlinks) {
            throw PyException.valueError(function + ": cannot use fd and follow_symlinks together");
        }
    }

    /**
     * CPython's path_t takes -1 as "no descriptor given", so a path of -1 reaches the C call as
     * a null name, which fails with EFAULT.
     */
    private static PyException nullPath(PathArg path) {
        return PosixErrors.of(new PosixException(EFAULT, "path"), path.object());
    }

    // ---- stat ----

    @PyMethod("($module, /, path, *, dir_fd=None, follow_symlinks=True)")
    public static Object stat(ThreadState ts, Object path, Object dirFd, boolean followSymlinks) {
        PathArg p = Fs.path(ts, path, "stat", "path", false, true);
        return doStat(ts, "stat", p, Fs.dirFd(ts, dirFd), followSymlinks);
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    public static Object lstat(ThreadState ts, Object path, Object dirFd) {
        PathArg p = Fs.path(ts, path, "lstat", "path", false, false);
        return doStat(ts, "lstat", p, Fs.dirFd(ts, dirFd), false);
    }

    @PyMethod("($module, /, fd)")
    public static Object fstat(int fd) {
        try {
            return StatResults.stat(Libc.fstat(fd));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    static Object doStat(ThreadState ts, String function, PathArg p, int dirFd, boolean followSymlinks) {
        checkDirFdWithPath(function, p, dirFd);
        checkFdWithFollow(function, p, followSymlinks);
        try {
            FileStat s;
            if (p.isFd()) {
                if (p.fd() == -1) {
                    throw nullPath(p);
                }
                s = Libc.fstat(p.fd());
            } else if (dirFd == AT_FDCWD) {
                s = followSymlinks ? Libc.stat(p.bytes()) : Libc.lstat(p.bytes());
            } else {
                s = Libc.fstatat(dirFd, p.bytes(), followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            }
            return StatResults.stat(s);
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
    }

    @PyMethod("($module, /, path)")
    public static Object statvfs(ThreadState ts, Object path) {
        PathArg p = Fs.path(ts, path, "statvfs", "path", false, true);
        try {
            if (p.isFd()) {
                if (p.fd() == -1) {
                    throw nullPath(p);
                }
                return StatResults.statvfs(Libc.fstatvfs(p.fd()));
            }
            return StatResults.statvfs(Libc.statvfs(p.bytes()));
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
    }

    @PyMethod("($module, fd, /)")
    public static Object fstatvfs(int fd) {
        try {
            return StatResults.statvfs(Libc.fstatvfs(fd));
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    @PyMethod("($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)")
    public static Object access(ThreadState ts, Object path, int mode, Object dirFd, boolean effectiveIds,
            boolean followSymlinks) {
        PathArg p = Fs.path(ts, path, "access", "path", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        int flags = (effectiveIds ? Libc.AT_EACCESS : 0) | (followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        return Libc.access(fd, p.bytes(), mode, flags);
    }

    // ---- the current directory ----

    @PyMethod("($module, /, path)")
    public static Object chdir(ThreadState ts, Object path) {
        PathArg p = Fs.path(ts, path, "chdir", "path", false, true);
        try {
            if (p.isFd()) {
                if (p.fd() == -1) {
                    throw nullPath(p);
                }
                Libc.fchdir(p.fd());
            } else {
                Libc.chdir(p.bytes());
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    @PyMethod("($module, /, fd)")
    public static Object fchdir(ThreadState ts, Object fd) {
        int n = Fs.fileDescriptor(ts, fd);
        try {
            Libc.fchdir(n);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, /)")
    public static Object getcwd() {
        return Fs.decode(cwd());
    }

    @PyMethod("($module, /)")
    public static Object getcwdb() {
        return PyBytes.of(cwd());
    }

    private static byte[] cwd() {
        try {
            return Libc.getcwd();
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
    }

    // ---- listing ----

    @PyMethod("($module, /, path=None)")
    public static Object listdir(ThreadState ts, Object path) {
        PathArg p = Fs.path(ts, path, "listdir", "path", true, true);
        PyList names = new PyList();
        try {
            if (p.isFd() && p.fd() != -1) {
                for (byte[] name : Libc.listdir(p.fd())) {
                    names.append(Fs.decode(name));
                }
            } else {
                byte[] directory = p.isFd() ? Fs.CURRENT_DIRECTORY.bytes() : p.bytes();
                for (byte[] name : Libc.listdir(directory)) {
                    names.append(Fs.name(name, p.narrow()));
                }
            }
        } catch (PosixException e) {
            throw p.isFd() ? PosixErrors.of(e) : PosixErrors.of(e, p);
        }
        return names;
    }

    @PyMethod("($module, /, path=None)")
    public static Object scandir(ThreadState ts, Object path) {
        PathArg p = Fs.path(ts, path, "scandir", "path", true, true);
        if (p.isFd() && p.fd() == -1) {
            p = Fs.CURRENT_DIRECTORY;
        }
        return PyScandirIterator.open(ts, p);
    }

    // ---- creating and removing ----

    @PyMethod("($module, /, path, mode=511, *, dir_fd=None)")
    public static Object mkdir(ThreadState ts, Object path, int mode, Object dirFd) {
        PathArg p = Fs.path(ts, path, "mkdir", "path", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            Libc.mkdir(fd, p.bytes(), mode);
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    public static Object rmdir(ThreadState ts, Object path, Object dirFd) {
        PathArg p = Fs.path(ts, path, "rmdir", "path", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            Libc.rmdir(fd, p.bytes());
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    public static Object unlink(ThreadState ts, Object path, Object dirFd) {
        return removeFile(ts, "unlink", path, dirFd);
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    public static Object remove(ThreadState ts, Object path, Object dirFd) {
        return removeFile(ts, "remove", path, dirFd);
    }

    private static Object removeFile(ThreadState ts, String function, Object path, Object dirFd) {
        PathArg p = Fs.path(ts, path, function, "path", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            Libc.unlink(fd, p.bytes());
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    @PyMethod("($module, /, path, mode=438, *, dir_fd=None)")
    public static Object mkfifo(ThreadState ts, Object path, int mode, Object dirFd) {
        PathArg p = Fs.path(ts, path, "mkfifo", "path", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            Libc.mkfifo(fd, p.bytes(), mode);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, /, path, mode=384, device=0, *, dir_fd=None)")
    public static Object mknod(ThreadState ts, Object path, int mode, Object device, Object dirFd) {
        PathArg p = Fs.path(ts, path, "mknod", "path", false, false);
        long dev = deviceNumber(ts, device);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            Libc.mknod(fd, p.bytes(), mode, dev);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    /** A dev_t: an unsigned 64-bit number. */
    private static long deviceNumber(ThreadState ts, Object o) {
        Object v = Convert.index(ts, o);
        if (v instanceof Long l) {
            if (l < 0) {
                throw PyException.overflow("can't convert negative int to unsigned");
            }
            return l;
        }
        BigInteger b = (BigInteger) v;
        if (b.signum() < 0) {
            throw PyException.overflow("can't convert negative int to unsigned");
        }
        if (b.bitLength() > 64) {
            throw PyException.overflow("int too big to convert");
        }
        return b.longValue();
    }

    @PyMethod("($module, device, /)")
    public static Object major(ThreadState ts, Object device) {
        return Integer.toUnsignedLong(Libc.major(deviceNumber(ts, device)));
    }

    @PyMethod("($module, device, /)")
    public static Object minor(ThreadState ts, Object device) {
        return Integer.toUnsignedLong(Libc.minor(deviceNumber(ts, device)));
    }

    @PyMethod("($module, major, minor, /)")
    public static Object makedev(int major, int minor) {
        return StatResults.unsigned(Libc.makedev(major, minor));
    }

    @PyMethod("($module, /, path, length)")
    public static Object truncate(ThreadState ts, Object path, Object length) {
        PathArg p = Fs.path(ts, path, "truncate", "path", false, true);
        long n = Offsets.offset(ts, length);
        try {
            if (p.isFd()) {
                if (p.fd() == -1) {
                    throw nullPath(p);
                }
                Libc.ftruncate(p.fd(), n);
            } else {
                Libc.truncate(p.bytes(), n);
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    // ---- renaming and linking ----

    @PyMethod("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static Object rename(ThreadState ts, Object src, Object dst, Object srcDirFd, Object dstDirFd) {
        return move(ts, "rename", src, dst, srcDirFd, dstDirFd);
    }

    @PyMethod("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
    public static Object replace(ThreadState ts, Object src, Object dst, Object srcDirFd, Object dstDirFd) {
        return move(ts, "replace", src, dst, srcDirFd, dstDirFd);
    }

    private static Object move(ThreadState ts, String function, Object src, Object dst, Object srcDirFd,
            Object dstDirFd) {
        PathArg from = Fs.path(ts, src, function, "src", false, false);
        PathArg to = Fs.path(ts, dst, function, "dst", false, false);
        int fromDir = Fs.dirFd(ts, srcDirFd);
        int toDir = Fs.dirFd(ts, dstDirFd);
        try {
            Libc.rename(fromDir, from.bytes(), toDir, to.bytes());
        } catch (PosixException e) {
            throw PosixErrors.of(e, from.object(), to.object());
        }
        return null;
    }

    @PyMethod("($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)")
    public static Object link(ThreadState ts, Object src, Object dst, Object srcDirFd, Object dstDirFd,
            boolean followSymlinks) {
        PathArg from = Fs.path(ts, src, "link", "src", false, false);
        PathArg to = Fs.path(ts, dst, "link", "dst", false, false);
        int fromDir = Fs.dirFd(ts, srcDirFd);
        int toDir = Fs.dirFd(ts, dstDirFd);
        try {
            Libc.link(fromDir, from.bytes(), toDir, to.bytes(), followSymlinks ? Libc.AT_SYMLINK_FOLLOW : 0);
        } catch (PosixException e) {
            throw PosixErrors.of(e, from.object(), to.object());
        }
        return null;
    }

    @PyMethod("($module, /, src, dst, target_is_directory=False, *, dir_fd=None)")
    public static Object symlink(ThreadState ts, Object src, Object dst, Object targetIsDirectory, Object dirFd) {
        PathArg target = Fs.path(ts, src, "symlink", "src", false, false);
        PathArg link = Fs.path(ts, dst, "symlink", "dst", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            Libc.symlink(target.bytes(), fd, link.bytes());
        } catch (PosixException e) {
            throw PosixErrors.of(e, target.object(), link.object());
        }
        return null;
    }

    @PyMethod("($module, /, path, *, dir_fd=None)")
    public static Object readlink(ThreadState ts, Object path, Object dirFd) {
        PathArg p = Fs.path(ts, path, "readlink", "path", false, false);
        int fd = Fs.dirFd(ts, dirFd);
        try {
            return Fs.name(Libc.readlink(fd, p.bytes()), p.narrow());
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
    }

    // ---- permissions, owners and times ----

    @PyMethod("($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)")
    public static Object chmod(ThreadState ts, Object path, int mode, Object dirFd, boolean followSymlinks) {
        PathArg p = Fs.path(ts, path, "chmod", "path", false, true);
        int fd = Fs.dirFd(ts, dirFd);
        checkDirFdWithPath("chmod", p, fd);
        checkFdWithFollow("chmod", p, followSymlinks);
        try {
            if (p.isFd()) {
                if (p.fd() == -1) {
                    throw nullPath(p);
                }
                Libc.fchmod(p.fd(), mode);
            } else {
                Libc.chmod(fd, p.bytes(), mode, followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    @PyMethod("($module, /, fd, mode)")
    public static Object fchmod(int fd, int mode) {
        try {
            Libc.fchmod(fd, mode);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)")
    public static Object chown(ThreadState ts, Object path, Object uid, Object gid, Object dirFd,
            boolean followSymlinks) {
        PathArg p = Fs.path(ts, path, "chown", "path", false, true);
        int u = Ids.uid(ts, uid);
        int g = Ids.gid(ts, gid);
        int fd = Fs.dirFd(ts, dirFd);
        checkDirFdWithPath("chown", p, fd);
        checkFdWithFollow("chown", p, followSymlinks);
        try {
            if (p.isFd()) {
                if (p.fd() == -1) {
                    throw nullPath(p);
                }
                Libc.fchown(p.fd(), u, g);
            } else {
                Libc.chown(fd, p.bytes(), u, g, followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    @PyMethod("($module, /, path, uid, gid)")
    public static Object lchown(ThreadState ts, Object path, Object uid, Object gid) {
        PathArg p = Fs.path(ts, path, "lchown", "path", false, false);
        int u = Ids.uid(ts, uid);
        int g = Ids.gid(ts, gid);
        try {
            Libc.chown(AT_FDCWD, p.bytes(), u, g, Libc.AT_SYMLINK_NOFOLLOW);
        } catch (PosixException e) {
            throw PosixErrors.of(e, p);
        }
        return null;
    }

    @PyMethod("($module, /, fd, uid, gid)")
    public static Object fchown(ThreadState ts, int fd, Object uid, Object gid) {
        int u = Ids.uid(ts, uid);
        int g = Ids.gid(ts, gid);
        try {
            Libc.fchown(fd, u, g);
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, mask, /)")
    public static Object umask(int mask) {
        return (long) Libc.umask(mask);
    }

    @PyMethod("($module, /, path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True)")
    public static Object utime(ThreadState ts, Object path, Object times, Object ns, Object dirFd,
            boolean followSymlinks) {
        PathArg p = Fs.path(ts, path, "utime", "path", false, true);
        long[] spec;
        if (times != Singleton.NONE && ns != null) {
            throw PyException.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (times != Singleton.NONE) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw PyException.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            long[] a = Offsets.secondsAndNanos(ts, t.get(0));
            long[] m = Offsets.secondsAndNanos(ts, t.get(1));
            spec = new long[] {a[0], a[1], m[0], m[1]};
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw PyException.typeError("utime: 'ns' must be a tuple of two ints");
            }
            long[] a = Offsets.splitNanos(ts, t.get(0));
            long[] m = Offsets.splitNanos(ts, t.get(1));
            spec = new long[] {a[0], a[1], m[0], m[1]};
        } else {
            spec = null;
        }
        int fd = Fs.dirFd(ts, dirFd);
        checkDirFdWithPath("utime", p, fd);
        checkFdWithFollow("utime", p, followSymlinks);
        try {
            if (p.isFd()) {
                if (p.fd() == -1) {
                    throw PosixErrors.of(new PosixException(EFAULT, "utime"));
                }
                Libc.futimens(p.fd(), spec);
            } else {
                Libc.utimensat(fd, p.bytes(), spec, followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return null;
    }

    @PyMethod("($module, /)")
    public static Object sync() {
        Libc.sync();
        return null;
    }
}
