package org.pythebo.modules._sha3;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyModule;

/**
 * The {@code _sha3} module: the types {@code sha3_224}, {@code sha3_256}, {@code sha3_384},
 * {@code sha3_512} ({@link Sha3Type}), {@code shake_128} and {@code shake_256} ({@link ShakeType}),
 * which are their own constructors.
 */
public final class Sha3Module {
    private Sha3Module() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_sha3", null, null);
        for (Sha3Type.Variant v : Sha3Type.VARIANTS) {
            module.globals.put(v.type().shortName(), v.type());
        }
        module.globals.put("shake_128", ShakeType.SHAKE_128);
        module.globals.put("shake_256", ShakeType.SHAKE_256);
        // What CPython reports of its Keccak code; nothing reads it but tests.
        module.globals.put("implementation", "tiny_sha3");
        module.globals.put("keccakopt", 0L);
        return module;
    }
}
