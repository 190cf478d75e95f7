package org.pythebo.modules;

import org.pythebo.modules.digest.JdkDigest;
import org.pythebo.modules.digest.SimpleHashType;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.exposure.PyAttrs.PyMethod;
import org.pythebo.runtime.objects.PyModule;
import org.pythebo.runtime.objects.PyType;

/** The {@code _sha256} module: SHA-224 and SHA-256 hash objects. */
public final class Sha256Module {
    private Sha256Module() {}

    static final PyType SHA224 = SimpleHashType.newType("_sha256.sha224");
    static final PyType SHA256 = SimpleHashType.newType("_sha256.sha256");

    static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_sha256", null, Sha256Module.class);
        module.globals.put("SHA224Type", SHA224);
        module.globals.put("SHA256Type", SHA256);
        return module;
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-224 hash object; optionally initialized with a string.")
    public static Object sha224(Object string, Object usedforsecurity) {
        return SimpleHashType.create(SHA224, JdkDigest::sha224, string);
    }

    @PyMethod(value = "($module, /, string=b'', *, usedforsecurity=True)",
            doc = "Return a new SHA-256 hash object; optionally initialized with a string.")
    public static Object sha256(Object string, Object usedforsecurity) {
        return SimpleHashType.create(SHA256, JdkDigest::sha256, string);
    }
}
