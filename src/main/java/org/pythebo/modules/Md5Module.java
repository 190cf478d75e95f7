package org.pythebo.modules;

import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.SimpleHashType;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/** The {@code _md5} module: MD5 hash objects, which hashlib uses when {@code _hashlib} is missing. */
public final class Md5Module {
    private Md5Module() {}

    static final PyType MD5 = SimpleHashType.newType("_md5.md5");

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_md5", null, Md5Module.class);
        module.globals.put("MD5Type", MD5);
        return module;
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new MD5 hash object; optionally initialized with a string.")
    public static Object md5(Object string, Object usedforsecurity) {
        return SimpleHashType.create(MD5, JdkDigest::md5, string);
    }
}
