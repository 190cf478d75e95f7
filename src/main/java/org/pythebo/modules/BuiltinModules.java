package org.pythebo.modules;

import org.pythebo.runtime.ImportSystem;
import org.pythebo.runtime.PyModule;
import org.pythebo.runtime.ThreadState;

/** The modules written in Java that an import creates on first use (sys and builtins exist from the start). */
public final class BuiltinModules {
    private BuiltinModules() {}

    /** A new instance of the built-in module {@code name}, or null when there is no such module. */
    public static PyModule create(ThreadState ts, String name) {
        return switch (name) {
            case "time" -> TimeModule.create();
            case "math" -> MathModule.create();
            case "__future__" -> FutureModule.create(ts);
            case "_thread" -> ThreadModule.create();
            case "_io", "io" -> IoModule.create(ts, name);
            default -> null;
        };
    }

    /** {@code import name} from Java code: through sys.modules and the import system. */
    public static Object importModule(ThreadState ts, String name) {
        return ImportSystem.of(ts).importName(ts, name, null, new Object[0], 0);
    }
}
