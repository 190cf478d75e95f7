package org.pythebo.modules;

import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.SimpleHashType;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/** The {@code _sha1} module: SHA-1 hash objects, which hashlib uses when {@code _hashlib} is missing. */
public final class Sha1Module {
    private Sha1Module() {}

    static final PyType SHA1 = SimpleHashType.newType("_sha1.sha1");

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_sha1", null, Sha1Module.class);
        module.globals.put("SHA1Type", SHA1);
        return module;
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA1 hash object; optionally initialized with a string.")
    public static Object sha1(Object string, Object usedforsecurity) {
        return SimpleHashType.create(SHA1, JdkDigest::sha1, string);
    }
}
