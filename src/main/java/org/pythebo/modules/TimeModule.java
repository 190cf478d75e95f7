package org.pythebo.modules;

import org.pythebo.runtime.Exposer;
import org.pythebo.runtime.Globals;
import org.pythebo.runtime.Ops;
import org.pythebo.runtime.PyAttrs.PyMethod;
import org.pythebo.runtime.PyException;
import org.pythebo.runtime.PyModule;

/** The clocks of the {@code time} module. */
public final class TimeModule {
    private TimeModule() {}

    static PyModule create() {
        Globals g = new Globals(null);
        g.put("__name__", "time");
        java.util.Map<String, Object> fns = new java.util.LinkedHashMap<>();
        Exposer.exposeFunctions(TimeModule.class, fns);
        fns.forEach(g::put);
        return new PyModule("time", g);
    }

    @PyMethod("($module, /)")
    public static Object time() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    @PyMethod("($module, /)")
    public static Object time_ns() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @PyMethod("($module, /)")
    public static Object perf_counter() { return System.nanoTime() / 1e9; }

    @PyMethod("($module, /)")
    public static Object perf_counter_ns() { return System.nanoTime(); }

    @PyMethod("($module, /)")
    public static Object monotonic() { return System.nanoTime() / 1e9; }

    @PyMethod("($module, /)")
    public static Object monotonic_ns() { return System.nanoTime(); }

    @PyMethod("($module, /)")
    public static Object process_time() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }

    @PyMethod("($module, secs, /)")
    public static Object sleep(Object secs) {
        double s = secs instanceof Double d ? d : (double) Ops.index(secs);
        if (s < 0) {
            throw PyException.valueError("sleep length must be non-negative");
        }
        try {
            Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
