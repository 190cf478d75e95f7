package org.pythebo.modules._blake2;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.exec.Globals;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyModule;

/** The {@code _blake2} module: the types {@code blake2b} and {@code blake2s} and their sizes. */
public final class Blake2Module {
    private Blake2Module() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_blake2", "_blake2b provides BLAKE2b for hashlib\n", null);
        Globals g = module.globals;
        g.put("blake2b", Blake2Type.BLAKE2B);
        g.put("blake2s", Blake2Type.BLAKE2S);
        g.put("BLAKE2B_SALT_SIZE", (long) Blake2b.SALT_SIZE);
        g.put("BLAKE2B_PERSON_SIZE", (long) Blake2b.PERSON_SIZE);
        g.put("BLAKE2B_MAX_KEY_SIZE", (long) Blake2b.MAX_KEY_SIZE);
        g.put("BLAKE2B_MAX_DIGEST_SIZE", (long) Blake2b.MAX_DIGEST_SIZE);
        g.put("BLAKE2S_SALT_SIZE", (long) Blake2s.SALT_SIZE);
        g.put("BLAKE2S_PERSON_SIZE", (long) Blake2s.PERSON_SIZE);
        g.put("BLAKE2S_MAX_KEY_SIZE", (long) Blake2s.MAX_KEY_SIZE);
        g.put("BLAKE2S_MAX_DIGEST_SIZE", (long) Blake2s.MAX_DIGEST_SIZE);
        return module;
    }
}
