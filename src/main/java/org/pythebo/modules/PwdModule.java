package org.pythebo.modules;

import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.Users;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.modules.posixmodule.Ids;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.modules.posixmodule.StatResults;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.Exc;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.StructSeq;
import org.pythebo.runtime.text.Repr;

/** The {@code pwd} module: the password database, through the C library's getpw* functions. */
public final class PwdModule {
    private PwdModule() {}

    public static final StructSeq.Spec STRUCT_PASSWD = new StructSeq.Spec("pwd", "struct_passwd", 7, true,
            "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("pwd", null, PwdModule.class);
        module.globals.put("struct_passwd", STRUCT_PASSWD.type);
        return module;
    }

    private static StructSeq entry(Users.Passwd p) {
        return STRUCT_PASSWD.make(Fs.decode(p.name()), Fs.decode(p.passwd()), StatResults.id(p.uid()),
                StatResults.id(p.gid()), Fs.decode(p.gecos()), Fs.decode(p.dir()), Fs.decode(p.shell()));
    }

    @PyMethod("($module, uidobj, /)")
    public static Object getpwuid(ThreadState ts, Object uidobj) {
        int uid;
        try {
            uid = Ids.uid(ts, uidobj);
        } catch (PyException e) {
            if (e.exc.matches(Exc.OverflowError)) {
                throw PyException.keyError("getpwuid(): uid not found");
            }
            throw e;
        }
        Users.Passwd p = null;
        try {
            p = Users.getpwuid(uid);
        } catch (PosixException e) {
            // CPython reports every failed lookup as a missing entry.
        }
        if (p == null) {
            throw PyException.keyError("getpwuid(): uid not found: " + StatResults.id(uid));
        }
        return entry(p);
    }

    @PyMethod("($module, name, /)")
    public static Object getpwnam(ThreadState ts, String name) {
        byte[] bytes = Fs.fsConverter(ts, name);
        Users.Passwd p = null;
        try {
            p = Users.getpwnam(bytes);
        } catch (PosixException e) {
            // CPython reports every failed lookup as a missing entry.
        }
        if (p == null) {
            throw PyException.keyError("getpwnam(): name not found: " + Repr.str(name));
        }
        return entry(p);
    }

    @PyMethod("($module, /)")
    public static Object getpwall() {
        PyList all = new PyList();
        try {
            for (Users.Passwd p : Users.getpwall()) {
                all.append(entry(p));
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return all;
    }
}
