package org.pythebo.modules;

import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.SimpleHashType;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/** The {@code _sha512} module: SHA-384 and SHA-512 hash objects (random.py seeds with sha512). */
public final class Sha512Module {
    private Sha512Module() {}

    static final PyType SHA384 = SimpleHashType.newType("_sha512.sha384");
    static final PyType SHA512 = SimpleHashType.newType("_sha512.sha512");

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_sha512", null, Sha512Module.class);
        // CPython 3.11 binds SHA384Type twice, the second time to the sha512 type, and has no SHA512Type.
        module.globals.put("SHA384Type", SHA512);
        return module;
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-384 hash object; optionally initialized with a string.")
    public static Object sha384(Object string, Object usedforsecurity) {
        return SimpleHashType.create(SHA384, JdkDigest::sha384, string);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-512 hash object; optionally initialized with a string.")
    public static Object sha512(Object string, Object usedforsecurity) {
        return SimpleHashType.create(SHA512, JdkDigest::sha512, string);
    }
}
