package org.pythebo.modules;

import org.pythebo.modules.posix.PosixException;
import org.pythebo.modules.posix.Users;
import org.pythebo.modules.posixmodule.Fs;
import org.pythebo.modules.posixmodule.Ids;
import org.pythebo.modules.posixmodule.PosixErrors;
import org.pythebo.modules.posixmodule.StatResults;
import org.pythebo.runtime.collections.PyList;
import org.pythebo.runtime.exceptions.PyException;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.StructSeq;
import org.pythebo.runtime.text.Repr;

/** The {@code grp} module: the group database, through the C library's getgr* functions. */
public final class GrpModule {
    private GrpModule() {}

    public static final StructSeq.Spec STRUCT_GROUP = new StructSeq.Spec("grp", "struct_group", 4, true,
            "gr_name", "gr_passwd", "gr_gid", "gr_mem");

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("grp", null, GrpModule.class);
        module.globals.put("struct_group", STRUCT_GROUP.type);
        return module;
    }

    private static StructSeq entry(Users.Group g) {
        PyList members = new PyList();
        for (byte[] member : g.members()) {
            members.append(Fs.decode(member));
        }
        return STRUCT_GROUP.make(Fs.decode(g.name()), Fs.decode(g.passwd()), StatResults.id(g.gid()), members);
    }

    @PyMethod("($module, /, id)")
    public static Object getgrgid(ThreadState ts, Object id) {
        int gid = Ids.gid(ts, id);
        Users.Group g = null;
        try {
            g = Users.getgrgid(gid);
        } catch (PosixException e) {
            // CPython reports every failed lookup as a missing entry.
        }
        if (g == null) {
            throw PyException.keyError("getgrgid(): gid not found: " + StatResults.id(gid));
        }
        return entry(g);
    }

    @PyMethod("($module, /, name)")
    public static Object getgrnam(ThreadState ts, String name) {
        byte[] bytes = Fs.fsConverter(ts, name);
        Users.Group g = null;
        try {
            g = Users.getgrnam(bytes);
        } catch (PosixException e) {
            // CPython reports every failed lookup as a missing entry.
        }
        if (g == null) {
            throw PyException.keyError("getgrnam(): name not found: " + Repr.str(name));
        }
        return entry(g);
    }

    @PyMethod("($module, /)")
    public static Object getgrall() {
        PyList all = new PyList();
        try {
            for (Users.Group g : Users.getgrall()) {
                all.append(entry(g));
            }
        } catch (PosixException e) {
            throw PosixErrors.of(e);
        }
        return all;
    }
}
