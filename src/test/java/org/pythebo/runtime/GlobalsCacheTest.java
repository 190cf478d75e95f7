package org.pythebo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pythebo.runtime.exec.Globals;

/** The global-name caches: rebinding seen at once, adding or deleting keys invalidates, stores never lost. */
class GlobalsCacheTest {
    @Test
    void cachedLookupsFollowTheDict() {
        Globals builtins = new Globals(null);
        builtins.put("len", "builtin len");
        Globals g = new Globals(builtins);
        g.put("x", 1L);
        Globals.NameCache x = g.lookup(null, "x");
        assertEquals(1L, x.value(g));
        g.put("x", 2L);
        assertEquals(2L, x.value(g));
        Globals.NameCache len = g.lookup(null, "len");
        assertEquals("builtin len", len.value(g));
        g.put("len", "shadow");
        assertNull(len.value(g), "a new global key must invalidate a builtins hit");
        g.put("x", null);
        assertNull(x.value(g), "a deleted key must not be read");
        for (int i = 0; i < 100; i++) {
            g.put("k" + i, (long) i);
        }
        assertNull(g.lookup(null, "x"));
        assertEquals("shadow", g.lookup(null, "len").value(g));
        assertNull(len.value(new Globals(builtins)), "a record belongs to one namespace");
    }

    @Test
    void cachedStoresAreNotLostToResizes() throws InterruptedException {
        Globals g = new Globals(null);
        g.put("counter", 0L);
        int n = 20_000;
        Thread writer = new Thread(() -> {
            Globals.StoreCache c = null;
            for (long i = 1; i <= n; i++) {
                if (c == null || !c.store(g, i)) {
                    c = g.store(null, "counter", i);
                }
            }
        });
        Thread grower = new Thread(() -> {
            for (int i = 0; i < n; i++) {
                g.put("filler" + i, (long) i);
            }
        });
        writer.start();
        grower.start();
        writer.join();
        grower.join();
        assertEquals((long) n, g.get("counter"));
        assertTrue(g.names().contains("filler" + (n - 1)));
    }
}
