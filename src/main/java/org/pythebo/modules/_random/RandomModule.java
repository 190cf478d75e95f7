package org.pythebo.modules._random;

import org.pythebo.modules.ModuleRegistry;
import org.pythebo.runtime.exec.ThreadState;
import org.pythebo.runtime.objects.PyModule;

/** The {@code _random} module: the Mersenne Twister generator type that random.Random derives from. */
public final class RandomModule {
    private RandomModule() {}

    public static PyModule create(ThreadState ts) {
        PyModule module = ModuleRegistry.newModule("_random",
                "Module implements the Mersenne Twister random number generator.", null);
        module.globals.put("Random", PyRandom.TYPE);
        return module;
    }
}
